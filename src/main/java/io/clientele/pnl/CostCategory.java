package io.clientele.pnl;

/** What a cost was spent on; spelled as in JSON and the database. */
public enum CostCategory {
  staff,
  third_party,
  media,
  travel,
  other
}
