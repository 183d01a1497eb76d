package io.clientele.staff;

import io.clientele.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "staff")
public class Staff extends VersionedEntity {

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
}
