package io.clientele.common;

import java.util.UUID;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * Ids for new records: time-ordered UUIDs (version 7, RFC 9562, made by Hibernate's generator).
 * Records created together get neighbouring ids, so a batch of inserts adds to a few pages at the
 * right edge of each id index instead of touching one random page per row (the tables here are far
 * larger than the database's buffer cache). The id still says nothing beyond its creation time,
 * which every record shows anyway. Set-based inserts in SQL use uuid_v7() (V15), the same layout.
 */
public final class Ids {
  private Ids() {}

  public static UUID newId() {
    // the strategy reads only the clock and a random source: it needs no session
    return UuidVersion7Strategy.INSTANCE.generateUuid(null);
  }
}
