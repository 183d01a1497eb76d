package io.clientele.review;

import io.clientele.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A performance review. Ratings, goals, transitions and the frozen KPIs are JSON documents on the
 * row (see V13); {@link ReviewJson} reads and writes them.
 */
@Entity
@Table(name = "review")
public class Review extends VersionedEntity {
  @Column(name = "reviewee_id")
  public UUID revieweeId;

  @Column(name = "reviewer_id")
  public UUID reviewerId;

  public String cycle;

  @Column(name = "cycle_start")
  public LocalDate cycleStart;

  @Column(name = "cycle_end")
  public LocalDate cycleEnd;

  /** The {@link ReviewStatus} name. */
  public String status;

  @Column(columnDefinition = "jsonb")
  @ColumnTransformer(write = "cast(? as jsonb)")
  public String ratings;

  @Column(columnDefinition = "jsonb")
  @ColumnTransformer(write = "cast(? as jsonb)")
  public String goals;

  public String strengths;
  public String improvements;

  @Column(name = "reviewee_comment")
  public String revieweeComment;

  @Column(name = "merit_increase_percent")
  public BigDecimal meritIncreasePercent;

  @Column(name = "bonus_amount")
  public BigDecimal bonusAmount;

  @Column(name = "bonus_currency")
  public String bonusCurrency;

  public Boolean promotion;

  @Column(name = "proposed_title")
  public String proposedTitle;

  public Boolean rotation;

  @Column(name = "rotation_note")
  public String rotationNote;

  @Column(columnDefinition = "jsonb")
  @ColumnTransformer(write = "cast(? as jsonb)")
  public String kpis;

  @Column(columnDefinition = "jsonb")
  @ColumnTransformer(write = "cast(? as jsonb)")
  public String transitions;

  ReviewStatus status() {
    return ReviewStatus.valueOf(status);
  }
}
