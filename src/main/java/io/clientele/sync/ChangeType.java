package io.clientele.sync;

import java.util.EnumSet;
import java.util.Set;

/** The record types the feed carries; spelled as in the feed and its `types` filter. */
public enum ChangeType {
  accounts,
  contacts,
  opportunities,
  issues,
  activities;

  /**
   * What a consumer reads when it names no type: the types of the published contract (v1), so that
   * a client generated from it never meets a type it does not know. Later types are read by name.
   */
  public static final Set<ChangeType> UNNAMED = EnumSet.of(accounts, contacts, opportunities);
}
