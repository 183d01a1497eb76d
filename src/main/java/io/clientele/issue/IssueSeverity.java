package io.clientele.issue;

/**
 * How bad an issue is; each severity has its due-date target (IssueTargets). Least severe first.
 */
public enum IssueSeverity {
  low,
  medium,
  high,
  critical;

  /** 1 (low) to 4 (critical): the order `sort=-severity` lists them in, most severe first. */
  int rank() {
    return ordinal() + 1;
  }
}
