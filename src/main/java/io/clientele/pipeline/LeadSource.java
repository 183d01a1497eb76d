package io.clientele.pipeline;

public enum LeadSource {
  inbound,
  outbound,
  partner,
  referral
}
