package io.clientele.account;

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

  /** Loaded for a whole page in one query (batch), never one query per contact. */
  @ElementCollection
  @CollectionTable(name = "contact_external_id", joinColumns = @JoinColumn(name = "contact_id"))
  @OrderBy("source")
  @BatchSize(size = 500)
  public List<ExternalId> externalIds = new ArrayList<>();

  @Column(name = "deleted_at")
  public Instant deletedAt;

  void softDelete() {
    deletedAt = now();
  }
}
