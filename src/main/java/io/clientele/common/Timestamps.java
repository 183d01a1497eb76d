package io.clientele.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

public final class Timestamps {
  private Timestamps() {}

  /** PostgreSQL keeps microseconds: truncating here keeps cursors and stamps exact round trips. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
