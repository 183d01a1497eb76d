package io.clientele.account;

/** Constants are spelled as they travel in JSON and are stored, so one name serves all three. */
public enum AccountStatus {
  prospect,
  active,
  at_risk,
  churned
}
