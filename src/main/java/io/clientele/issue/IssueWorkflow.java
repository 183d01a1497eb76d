package io.clientele.issue;

import io.clientele.common.Timestamps;
import io.clientele.staff.Caller;
import io.clientele.web.ETags;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * An issue's moves: start, resolve (with its resolution), close, reopen (back to in_progress, the
 * resolution cleared; it stays in the resolve move's note) and escalate (with its reason). Each is
 * recorded with who, when and why; a move the status does not allow is 409 naming the allowed ones.
 */
@ApplicationScoped
public class IssueWorkflow {
  private final IssueService issues;
  private final IssueQueries queries;
  private final Caller caller;

  public IssueWorkflow(IssueService issues, IssueQueries queries, Caller caller) {
    this.issues = issues;
    this.queries = queries;
    this.caller = caller;
  }

  @Transactional
  public IssueDto move(UUID id, IssueMove move, String note, OptionalLong expectedVersion) {
    Issue issue = issues.find(id);
    ETags.checkIfMatch(expectedVersion, issue.version);
    IssueStatus from = issue.status;
    IssueStatus to = IssueRules.target(issue, move, note);
    switch (move) {
      case resolve -> issue.resolution = note.trim();
      case reopen -> issue.resolution = null;
      case escalate -> escalate(issue);
      default -> {
        // start and close change the status alone
      }
    }
    issue.status = to;
    Instant now = Timestamps.now();
    IssueRules.transition(issue, move, from, caller.staffId(), now, note).persist();
    issue.flush();
    return issues.view(issue);
  }

  /**
   * One level up: whoever is responsible hands it to the first active staff member above them (the
   * owner's manager at level 1, that one's manager at level 2 ...); 409 at the top of the tree.
   */
  private void escalate(Issue issue) {
    UUID above =
        queries
            .nextActiveAbove(issue.responsibleId)
            .orElseThrow(
                () ->
                    ProblemException.conflict(
                        "Nobody is above %s, responsible at escalation level %d: the issue cannot be escalated further"
                            .formatted(
                                queries.staffName(issue.responsibleId), issue.escalationLevel)));
    issue.escalationLevel++;
    issue.responsibleId = above;
  }
}
