package io.clientele.account;

import static io.clientele.common.Timestamps.now;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A stakeholder at the client. Visible exactly when its account is. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "account_id")
  public UUID accountId;

  public String name;
  public String title;
  public String email;
  public String phone;

  @Enumerated(EnumType.STRING)
  public Influence influence;

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  void softDelete() {
    deletedAt = now();
  }

  @PrePersist
  void stampCreation() {
    createdAt = now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = now();
  }
}
