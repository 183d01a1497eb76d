package io.clientele.account;

/** A contact's weight in the client's decisions; spelled as in JSON and the database. */
public enum Influence {
  decision_maker,
  executive_sponsor,
  champion,
  user
}
