package io.clientele.common;

import static io.clientele.common.Timestamps.now;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Id, optimistic-concurrency version (the ETag) and creation/update stamps of every record. */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {
  @Id public UUID id;

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @PrePersist
  void stampCreation() {
    if (id == null) {
      id = Ids.newId();
    }
    createdAt = now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = now();
  }
}
