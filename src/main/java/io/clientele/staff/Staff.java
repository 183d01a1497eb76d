package io.clientele.staff;

import static io.clientele.common.Timestamps.now;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "staff")
public class Staff extends PanacheEntityBase {
  @Id public UUID id;

  /** The token `sub` this person signs in with; null until their first sign-in. */
  public String subject;

  public String email;
  public String name;
  public String title;

  /** Read-only mirror of the roles in this person's last token. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(columnDefinition = "text[]")
  public List<String> roles = List.of();

  @Column(name = "manager_id")
  public UUID managerId;

  public String region;
  public boolean active = true;

  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @PrePersist
  void stampCreation() {
    if (id == null) {
      id = UUID.randomUUID();
    }
    createdAt = now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = now();
  }
}
