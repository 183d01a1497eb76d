package io.clientele.issue;

/**
 * The moves of an issue's workflow (each a POST /issues/{id}/{move}), and `sync`: a status set by a
 * CRM record (the source system's workflow is not ours to replay).
 */
public enum IssueMove {
  start,
  resolve,
  close,
  reopen,
  escalate,
  sync;

  /** Where the move leaves an issue in `from` (escalating keeps the status). */
  IssueStatus target(IssueStatus from) {
    return switch (this) {
      case start, reopen -> IssueStatus.in_progress;
      case resolve -> IssueStatus.resolved;
      case close -> IssueStatus.closed;
      case escalate, sync -> from;
    };
  }
}
