package io.clientele.review;

import io.clientele.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/** A competency reviews rate 1-5; admins configure them. Its key is what ratings store. */
@Entity
@Table(name = "review_competency")
public class Competency extends VersionedEntity {
  public String key;
  public String label;
  public int position;
  public boolean retired;

  static Optional<Competency> byKey(String key) {
    return find("key", key).firstResultOptional();
  }

  static List<String> activeKeys() {
    return Competency.<Competency>list("retired = false order by position, key").stream()
        .map(c -> c.key)
        .toList();
  }
}
