package io.clientele.issue;

import java.util.List;

/**
 * An issue's life: open -> in_progress -> resolved -> closed; resolved may be reopened (back to
 * in_progress). Spelled as in JSON and the database.
 */
public enum IssueStatus {
  open,
  in_progress,
  resolved,
  closed;

  /** Open or in progress: still the client's problem, so it can be overdue and escalated. */
  boolean isOpen() {
    return this == open || this == in_progress;
  }

  /** The moves allowed from this status, in the order a client would offer them. */
  List<IssueMove> moves() {
    return switch (this) {
      case open -> List.of(IssueMove.start, IssueMove.resolve, IssueMove.escalate);
      case in_progress -> List.of(IssueMove.resolve, IssueMove.escalate);
      case resolved -> List.of(IssueMove.close, IssueMove.reopen);
      case closed -> List.of();
    };
  }
}
