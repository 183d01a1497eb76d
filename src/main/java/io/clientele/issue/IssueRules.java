package io.clientele.issue;

import io.clientele.common.ExternalId;
import io.clientele.common.Ids;
import io.clientele.web.FieldErrors;
import io.clientele.web.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of an issue's fields and workflow, with no caller and no database: what they need to
 * know (accounts' owners, contacts' accounts, who works where, whom the caller may assign) comes
 * read once in {@link Facts}, so a sync batch checks a thousand issues against one read, exactly as
 * a POST checks one.
 */
final class IssueRules {
  private IssueRules() {}

  /**
   * What the checks of some issue writes read from the database (see IssueChecks).
   *
   * @param accountOwners the owner of each account written to
   * @param contactAccounts the account of each live contact named as raiser
   * @param staff the staff members named as raisers that exist
   * @param asked the (owner, account) pairs looked up
   * @param working those of them where the owner works on the account
   * @param assignable the owners named that the caller may assign issues to
   */
  record Facts(
      Map<UUID, UUID> accountOwners,
      Map<UUID, UUID> contactAccounts,
      Set<UUID> staff,
      Set<IssueQueries.Pair> asked,
      Set<IssueQueries.Pair> working,
      Set<UUID> assignable) {}

  /** The owner an issue ends with: named, else kept, else (new) the account's owner. */
  static UUID owner(Issue issue, UUID accountId, IssueInput input, Map<UUID, UUID> accountOwners) {
    if (input.ownerId() != null) {
      return input.ownerId();
    }
    return issue.ownerId != null ? issue.ownerId : accountOwners.get(accountId);
  }

  /**
   * Checks `input` for `issue` (new when its account is null) on `accountId` and writes it; every
   * failure named at once. A raiser, owner or raisedAt the input leaves out is kept (a new issue
   * has no raiser, the account's owner and now). The due time follows raisedAt and severity.
   */
  static void apply(
      Issue issue,
      UUID accountId,
      IssueInput input,
      Facts facts,
      Instant now,
      IssueTargets targets) {
    boolean creating = issue.accountId == null;
    boolean moved = creating || !accountId.equals(issue.accountId);
    FieldErrors errors = new FieldErrors();
    UUID owner = owner(issue, accountId, input, facts.accountOwners());
    UUID accountOwner = facts.accountOwners().get(accountId);
    boolean ownerChanged = !owner.equals(issue.ownerId);
    if (ownerChanged && !owner.equals(accountOwner) && !facts.assignable().contains(owner)) {
      errors.add("ownerId", "you may not assign issues to this staff member");
    } else if ((ownerChanged || moved)
        && !owner.equals(accountOwner)
        && !facts.working().contains(new IssueQueries.Pair(owner, accountId))) {
      errors.add(
          "ownerId",
          "must work on the account: its owner, a member of its team, or above one of them");
    }
    IssueRaiser raiser = input.raisedBy() != null ? input.raisedBy() : IssueRaiser.of(issue);
    if (moved || !Objects.equals(raiser, IssueRaiser.of(issue))) {
      checkRaiser(raiser, accountId, facts, errors);
    }
    Instant raisedAt =
        input.raisedAt() != null ? input.raisedAt() : creating ? now : issue.raisedAt;
    // (the JSON reader keeps timestamps in the years 1 to 9999)
    if (!raisedAt.equals(issue.raisedAt) && raisedAt.isAfter(now)) {
      errors.add("raisedAt", "must not be in the future");
    }
    errors.check(() -> ExternalId.checkOnePerSource(input.externalIdsOrEmpty()));
    errors.throwIfAny();

    if (creating) {
      issue.status = IssueStatus.open;
    }
    issue.accountId = accountId;
    issue.title = input.title().trim();
    issue.description = input.description();
    issue.severity = input.severity();
    issue.category = input.category();
    issue.raisedByContactId = raiser == null ? null : raiser.contactId();
    issue.raisedByStaffId = raiser == null ? null : raiser.staffId();
    issue.ownerId = owner;
    if (issue.escalationLevel == 0) {
      // not escalated: the owner answers for it; once escalated, whom it was escalated to does
      issue.responsibleId = owner;
    }
    issue.raisedAt = raisedAt;
    issue.dueAt = targets.dueAt(raisedAt, issue.severity);
    if (!issue.externalIds.equals(input.externalIdsOrEmpty())) {
      issue.externalIds.clear();
      issue.externalIds.addAll(input.externalIdsOrEmpty());
    }
  }

  /** A contact of the issue's account, or a staff member: one of the two. */
  private static void checkRaiser(
      IssueRaiser raiser, UUID accountId, Facts facts, FieldErrors errors) {
    if (raiser == null) {
      return;
    }
    if (raiser.contactId() != null && raiser.staffId() != null) {
      errors.add("raisedBy", "a contact or a staff member, not both");
    } else if (raiser.contactId() != null) {
      if (!accountId.equals(facts.contactAccounts().get(raiser.contactId()))) {
        errors.add("raisedBy.contactId", "is not a contact of this issue's account");
      }
    } else if (raiser.staffId() != null) {
      if (!facts.staff().contains(raiser.staffId())) {
        errors.add("raisedBy.staffId", "no such staff member");
      }
    } else {
      errors.add("raisedBy", "name a contactId or a staffId");
    }
  }

  /**
   * The status a move takes `issue` to, or the 409 naming the moves its status allows; `resolve`
   * needs a resolution (422), `escalate` a reason (422).
   */
  static IssueStatus target(Issue issue, IssueMove move, String note) {
    List<IssueMove> allowed = issue.status.moves();
    if (!allowed.contains(move)) {
      // as ProblemException.wrongMove words it, naming moves rather than statuses
      throw ProblemException.conflict(
          "Cannot %s an issue that is %s; allowed from %s: %s"
              .formatted(
                  move,
                  issue.status,
                  issue.status,
                  allowed.isEmpty()
                      ? "none: " + issue.status + " is final"
                      : String.join(", ", allowed.stream().map(Enum::name).toList())));
    }
    if (move == IssueMove.resolve && blank(note)) {
      throw ProblemException.invalidField("resolution", "is required to resolve an issue");
    }
    if (move == IssueMove.escalate && blank(note)) {
      throw ProblemException.invalidField("reason", "is required to escalate an issue");
    }
    return move.target(issue.status);
  }

  /**
   * Sets the status a CRM record gives (absent: a new issue is open, an existing one keeps its
   * own), with its resolution: required when resolved or closed (else kept from before), refused
   * otherwise. Answers the move to record, or null when the status stays.
   */
  static IssueTransition syncStatus(
      Issue issue, IssueStatus wanted, String resolution, UUID by, Instant now, String source) {
    IssueStatus from = issue.status;
    IssueStatus to = wanted != null ? wanted : from;
    String note = blank(resolution) ? null : resolution.trim();
    if (to == IssueStatus.resolved || to == IssueStatus.closed) {
      if (note == null && issue.resolution == null) {
        throw ProblemException.invalidField(
            "resolution", "is required for a resolved or closed issue");
      }
      issue.resolution = note != null ? note : issue.resolution;
    } else {
      if (note != null) {
        throw ProblemException.invalidField(
            "resolution", "only a resolved or closed issue has a resolution");
      }
      issue.resolution = null;
    }
    issue.status = to;
    if (to == from) {
      return null;
    }
    return transition(issue, IssueMove.sync, from, by, now, "status from " + source);
  }

  /** A move of `issue` from `from` to its status now, by `by` at `now`. */
  static IssueTransition transition(
      Issue issue, IssueMove move, IssueStatus from, UUID by, Instant now, String note) {
    IssueTransition t = new IssueTransition();
    t.id = Ids.newId();
    t.issueId = issue.id;
    t.move = move;
    t.fromStatus = from;
    t.toStatus = issue.status;
    t.byId = by;
    t.at = now;
    t.note = blank(note) ? null : note.trim();
    if (move == IssueMove.escalate) {
      t.escalationLevel = issue.escalationLevel;
      t.responsibleId = issue.responsibleId;
    }
    return t;
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
