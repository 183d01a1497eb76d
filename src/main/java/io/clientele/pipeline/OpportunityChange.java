package io.clientele.pipeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of one tracked field of an opportunity: who, when, from, to. Never updated. */
@Entity
@Table(name = "opportunity_history")
public class OpportunityChange extends PanacheEntityBase {
  @Id public UUID id;

  /** Insertion order, assigned by the database. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "opportunity_id")
  public UUID opportunityId;

  @Column(name = "changed_at")
  public Instant changedAt;

  @Column(name = "changed_by")
  public UUID changedBy;

  public String field;

  @Column(name = "from_value")
  public String fromValue;

  @Column(name = "to_value")
  public String toValue;
}
