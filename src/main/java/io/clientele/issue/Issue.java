package io.clientele.issue;

import static io.clientele.common.Timestamps.now;

import io.clientele.common.ExternalId;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A client's problem on one account (see V18). Visible exactly when its account is. */
@Entity
@Table(name = "account_issue")
public class Issue extends VersionedEntity {
  @Column(name = "account_id")
  public UUID accountId;

  public String title;
  public String description;

  @Enumerated(EnumType.STRING)
  public IssueSeverity severity;

  @Enumerated(EnumType.STRING)
  public IssueCategory category;

  @Column(name = "raised_by_contact_id")
  public UUID raisedByContactId;

  @Column(name = "raised_by_staff_id")
  public UUID raisedByStaffId;

  @Column(name = "owner_id")
  public UUID ownerId;

  /** The owner until the issue is escalated; then the staff member it was escalated to. */
  @Column(name = "responsible_id")
  public UUID responsibleId;

  @Enumerated(EnumType.STRING)
  public IssueStatus status;

  @Column(name = "raised_at")
  public Instant raisedAt;

  @Column(name = "due_at")
  public Instant dueAt;

  @Column(name = "escalation_level")
  public int escalationLevel;

  public String resolution;

  /** Loaded for a whole page in one query (batch), never one query per issue. */
  @ElementCollection
  @CollectionTable(name = "account_issue_external_id", joinColumns = @JoinColumn(name = "issue_id"))
  @OrderBy("source")
  @BatchSize(size = 500)
  public List<ExternalId> externalIds = new ArrayList<>();

  @Column(name = "deleted_at")
  public Instant deletedAt;

  /** Open or in progress, and past its due time at `now`. */
  boolean overdueAt(Instant now) {
    return status.isOpen() && dueAt.isBefore(now);
  }

  void softDelete() {
    deletedAt = now();
  }
}
