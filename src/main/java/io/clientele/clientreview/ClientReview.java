package io.clientele.clientreview;

import static io.clientele.common.Timestamps.now;

import io.clientele.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client review (QBR) of an account. Its attendees and actions are rows of their own
 * (client_review_attendee, client_review_action), written and read by ClientReviewQueries; the
 * database derives the account's satisfaction from these rows (see V19).
 */
@Entity
@Table(name = "client_review")
public class ClientReview extends VersionedEntity {
  @Column(name = "account_id")
  public UUID accountId;

  public LocalDate date;

  /** The fiscal period covered, as its label. */
  public String period;

  @Column(name = "period_start")
  public LocalDate periodStart;

  @Column(name = "period_end")
  public LocalDate periodEnd;

  public int satisfaction;

  public String notes;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  /** A change of its attendees or actions alone is a new version of the review too. */
  void touch() {
    updatedAt = now();
  }

  void softDelete() {
    deletedAt = now();
  }
}
