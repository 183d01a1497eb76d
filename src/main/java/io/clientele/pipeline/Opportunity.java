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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

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

  public Money money() {
    return new Money(amount, currency);
  }

  void softDelete() {
    deletedAt = now();
  }
}
