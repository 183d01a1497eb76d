package io.clientele.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One clock per transaction: every stamp a transaction writes (a record's createdAt, its history,
 * its updatedAt) is the same instant, so a deal's creation is never recorded before it existed.
 */
public final class Timestamps {
  private Timestamps() {}

  /**
   * The current transaction's instant, taken at its first call; outside a transaction, now.
   * PostgreSQL keeps microseconds: truncating keeps cursors and stamps exact round trips.
   */
  public static Instant now() {
    TransactionSynchronizationRegistry transaction = transaction();
    if (transaction == null) {
      return clock();
    }
    Instant now = (Instant) transaction.getResource(Timestamps.class);
    if (now == null) {
      now = clock();
      transaction.putResource(Timestamps.class, now);
    }
    return now;
  }

  private static Instant clock() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static TransactionSynchronizationRegistry transaction() {
    ArcContainer container = Arc.container();
    if (container == null) {
      return null;
    }
    TransactionSynchronizationRegistry registry =
        container.instance(TransactionSynchronizationRegistry.class).get();
    return registry != null && registry.getTransactionKey() != null ? registry : null;
  }
}
