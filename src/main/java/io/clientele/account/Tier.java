package io.clientele.account;

public enum Tier {
  A,
  B,
  C
}
