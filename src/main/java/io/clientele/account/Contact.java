package io.clientele.account;

import static io.clientele.common.Timestamps.now;

import io.clientele.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stakeholder at the client. Visible exactly when its account is. */
@Entity
@Table(name = "contact")
public class Contact extends VersionedEntity {

  @Column(name = "account_id")
  public UUID accountId;

  public String name;
  public String title;
  public String email;
  public String phone;

  @Enumerated(EnumType.STRING)
  public Influence influence;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  void softDelete() {
    deletedAt = now();
  }
}
