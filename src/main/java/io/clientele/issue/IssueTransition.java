package io.clientele.issue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One move of an issue: which, from and to what status, who, when and why. Never updated. */
@Entity
@Table(name = "account_issue_transition")
public class IssueTransition extends PanacheEntityBase {
  @Id public UUID id;

  /** Insertion order, assigned by the database. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "issue_id")
  public UUID issueId;

  @Enumerated(EnumType.STRING)
  public IssueMove move;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public IssueStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public IssueStatus toStatus;

  @Column(name = "by_id")
  public UUID byId;

  public Instant at;
  public String note;

  /** Set on an escalation: the level it reached. */
  @Column(name = "escalation_level")
  public Integer escalationLevel;

  /** Set on an escalation: who it made responsible. */
  @Column(name = "responsible_id")
  public UUID responsibleId;
}
