package io.clientele.web;

/** A representation with an optimistic-concurrency version, sent as its ETag. */
public interface Versioned {
  long version();
}
