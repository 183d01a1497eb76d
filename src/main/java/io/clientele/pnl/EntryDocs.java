package io.clientele.pnl;

/** The OpenAPI text /revenue and /costs share: the two ledgers behave alike. */
final class EntryDocs {
  static final String LIST =
      "Reversed entries and their reversals included. Keyset-paginated; `sort` on date"
          + " (default -date).";
  static final String GET = "With `reversedById` when a later entry reverses it.";
  static final String POST =
      "A positive amount in any currency; reports convert it at its month's rate."
          + " Posted entries are never changed: correct one by reversing it.";
  static final String POSTED = "Posted; Location names the entry";
  static final String REVERSE =
      "Posts the opposite amount (same account, currency and, unless `date` says"
          + " otherwise, date), linked to the entry. 409 when it is reversed already or is"
          + " itself a reversal.";
  static final String REVERSED = "The reversing entry; Location names it";
  static final String FROM = "First day, inclusive";
  static final String TO = "Last day, inclusive";

  private EntryDocs() {}
}
