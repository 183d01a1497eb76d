package io.clientele.pipeline;

import static io.clientele.common.Timestamps.now;

import io.clientele.common.ExternalId;
import io.clientele.common.Money;
import io.clientele.common.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "opportunity")
public class Opportunity extends VersionedEntity {
  @Column(name = "account_id")
  public UUID accountId;

  @Column(name = "owner_id")
  public UUID ownerId;

  public String name;

  @Enumerated(EnumType.STRING)
  public OpportunityType type;

  @Enumerated(EnumType.STRING)
  public LeadSource source;

  /** The key of a {@link Stage}. */
  public String stage;

  public BigDecimal amount;
  public String currency;
  public int probability;

  @Enumerated(EnumType.STRING)
  @Column(name = "forecast_category")
  public ForecastCategory forecastCategory;

  /** Expected close date of an open deal; the day it closed (unless given) of a closed one. */
  @Column(name = "close_date")
  public LocalDate closeDate;

  /** When the deal was closed (won or lost); null while open. */
  @Column(name = "closed_date")
  public LocalDate closedDate;

  @Column(name = "next_step")
  public String nextStep;

  @Column(name = "lost_reason")
  public String lostReason;

  /** Loaded for a whole page in one query (batch), never one query per deal. */
  @ElementCollection
  @CollectionTable(
      name = "opportunity_external_id",
      joinColumns = @JoinColumn(name = "opportunity_id"))
  @OrderBy("source")
  @BatchSize(size = 500)
  public List<ExternalId> externalIds = new ArrayList<>();

  @Column(name = "deleted_at")
  public Instant deletedAt;

  /** When the deal entered its current stage. */
  @Column(name = "stage_entered_at")
  public Instant stageEnteredAt;

  /** The stages it entered, in the order it first entered them (for conversion rates). */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "stage_path", columnDefinition = "text[]")
  public List<String> stagePath = new ArrayList<>();

  /** Per stage of the path: how many stays there have ended (for average days in stage). */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "stage_stays", columnDefinition = "int[]")
  public List<Integer> stageStays = new ArrayList<>();

  /** Per stage of the path: how long those stays lasted, in seconds. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "stage_seconds", columnDefinition = "numeric[]")
  public List<BigDecimal> stageSeconds = new ArrayList<>();

  /**
   * Moves the deal into `next` at `at`, closing its stay in the current stage. Kept in step with
   * the history (the same instant), so rebuild_stage_stats() over the history gives the same.
   */
  void enterStage(String next, Instant at) {
    if (next.equals(stage)) {
      return;
    }
    List<String> path = new ArrayList<>(stagePath);
    List<Integer> stays = new ArrayList<>(stageStays);
    List<BigDecimal> seconds = new ArrayList<>(stageSeconds);
    if (stage != null) {
      int left = position(path, stays, seconds, stage);
      Duration stay = Duration.between(stageEnteredAt, at);
      stays.set(left, stays.get(left) + 1);
      seconds.set(
          left,
          seconds
              .get(left)
              .add(BigDecimal.valueOf(stay.getSeconds()))
              .add(BigDecimal.valueOf(stay.getNano(), 9)));
    }
    position(path, stays, seconds, next);
    stagePath = path;
    stageStays = stays;
    stageSeconds = seconds;
    stage = next;
    stageEnteredAt = at;
  }

  /** Index of `key` in the path, appending it (with no stays yet) the first time. */
  private static int position(
      List<String> path, List<Integer> stays, List<BigDecimal> seconds, String key) {
    int index = path.indexOf(key);
    if (index < 0) {
      path.add(key);
      stays.add(0);
      seconds.add(BigDecimal.ZERO);
      index = path.size() - 1;
    }
    return index;
  }

  public Money money() {
    return new Money(amount, currency);
  }

  void softDelete() {
    deletedAt = now();
  }
}
