package io.clientele.issue;

/** What an issue is about. */
public enum IssueCategory {
  delivery,
  quality,
  scope,
  billing,
  relationship,
  retention_risk
}
