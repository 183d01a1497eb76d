package io.clientele.sync;

/** The record types the feed carries; spelled as in the feed and its `types` filter. */
public enum ChangeType {
  accounts,
  contacts,
  opportunities,
  issues
}
