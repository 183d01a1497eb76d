package io.clientele.activity;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A meeting, call, email or note on an account. Visible exactly when its account is. Writing one
 * moves the account's lastContactAt (a database trigger, V20).
 */
@Entity
@Table(name = "activity")
public class Activity extends VersionedEntity {
  @Column(name = "account_id")
  public UUID accountId;

  @Enumerated(EnumType.STRING)
  public ActivityType type;

  public Instant at;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "staff_ids", columnDefinition = "uuid[]")
  public List<UUID> staffIds = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "contact_ids", columnDefinition = "uuid[]")
  public List<UUID> contactIds = new ArrayList<>();

  public String subject;
  public String summary;
  public String outcome;

  /** Loaded for a whole page in one query (batch), never one query per activity. */
  @ElementCollection
  @CollectionTable(name = "activity_external_id", joinColumns = @JoinColumn(name = "activity_id"))
  @OrderBy("source")
  @BatchSize(size = 500)
  public List<ExternalId> externalIds = new ArrayList<>();

  @Column(name = "deleted_at")
  public Instant deletedAt;

  void softDelete() {
    deletedAt = now();
  }
}
