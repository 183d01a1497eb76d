package io.clientele.issue;

import io.clientele.account.AccountService;
import io.clientele.common.Ids;
import io.clientele.common.Timestamps;
import io.clientele.staff.Caller;
import io.clientele.web.ETags;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Issues follow their account: whoever may see (or write) the account may see (or write) its
 * issues. Their fields' rules are IssueRules'; the moves are IssueWorkflow's.
 */
@ApplicationScoped
public class IssueService {
  private final IssueQueries queries;
  private final IssueChecks checks;
  private final AccountService accounts;
  private final MergePatch mergePatch;
  private final Caller caller;
  private final IssueTargets targets;

  public IssueService(
      IssueQueries queries,
      IssueChecks checks,
      AccountService accounts,
      MergePatch mergePatch,
      Caller caller,
      IssueTargets targets) {
    this.queries = queries;
    this.checks = checks;
    this.accounts = accounts;
    this.mergePatch = mergePatch;
    this.caller = caller;
    this.targets = targets;
  }

  public Page<IssueDto> list(IssueQueries.Filter filter, PageRequest page, String sort) {
    UUID root = filter.scope() == null ? null : caller.staffId();
    Instant now = Timestamps.now();
    Page<Issue> issues = queries.list(filter, caller.visibility(), root, now, page, sort);
    Map<UUID, List<IssueTransition>> moves =
        queries.transitionsOf(issues.items().stream().map(i -> i.id).toList());
    return issues.map(i -> IssueDto.from(i, moves.getOrDefault(i.id, List.of()), now));
  }

  /** An account's issues; 404 when the caller may not see the account. */
  public Page<IssueDto> listOfAccount(
      UUID accountId, IssueQueries.Filter filter, PageRequest page, String sort) {
    accounts.get(accountId);
    return list(filter.forAccount(accountId), page, sort);
  }

  public IssueDto get(UUID id) {
    return view(find(id));
  }

  /** A live issue the caller may see; anything else is a 404, exactly like a missing one. */
  Issue find(UUID id) {
    return queries
        .findVisible(id, caller.visibility())
        .orElseThrow(() -> ProblemException.notFound("Issue"));
  }

  IssueDto view(Issue issue) {
    List<IssueTransition> moves = queries.transitionsOf(List.of(issue.id)).get(issue.id);
    return IssueDto.from(issue, moves == null ? List.of() : moves, Timestamps.now());
  }

  /** An open issue on the account; raised by the caller unless it names who raised it. */
  @Transactional
  public IssueDto create(UUID accountId, IssueInput input) {
    accounts.get(accountId);
    Issue issue = new Issue();
    issue.id = Ids.newId();
    IssueInput wanted =
        input.raisedBy() != null
            ? input
            : new IssueInput(
                input.title(),
                input.description(),
                input.severity(),
                input.category(),
                new IssueRaiser(null, caller.staffId()),
                input.ownerId(),
                input.raisedAt(),
                input.externalIds());
    apply(issue, accountId, wanted);
    issue.persist();
    issue.flush();
    return view(issue);
  }

  @Transactional
  public IssueDto update(UUID id, String patch, OptionalLong expectedVersion) {
    Issue issue = find(id);
    mergePatch.update(
        issue,
        expectedVersion,
        patch,
        IssueInput.from(issue),
        (changed, input) -> apply(changed, changed.accountId, input));
    return view(issue);
  }

  @Transactional
  public void delete(UUID id, OptionalLong expectedVersion) {
    Issue issue = find(id);
    ETags.checkIfMatch(expectedVersion, issue.version);
    issue.softDelete();
    issue.flush();
  }

  private void apply(Issue issue, UUID accountId, IssueInput input) {
    boolean known = issue.accountId != null;
    IssueRules.Facts facts =
        checks.read(
            List.of(new IssueChecks.Wanted(accountId, input, issue)),
            known ? List.of(issue) : List.of());
    IssueRules.apply(issue, accountId, input, facts, Timestamps.now(), targets);
  }
}
