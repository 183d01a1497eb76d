package io.clientele.pipeline;

public enum OpportunityType {
  new_business,
  upsell,
  cross_sell,
  renewal
}
