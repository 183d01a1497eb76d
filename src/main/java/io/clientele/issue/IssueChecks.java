package io.clientele.issue;

import io.clientele.account.ContactQueries;
import io.clientele.staff.Caller;
import io.clientele.staff.StaffQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Reads what the rules of some issue writes need (IssueRules.Facts) in a handful of statements,
 * whether they are one POST or a batch of a thousand.
 */
@ApplicationScoped
class IssueChecks {
  /**
   * One write: the account it goes to, the input, and the issue as it is when known (null for a new
   * one, and in a batch, where records meet their issues only when planned: see covering).
   */
  record Wanted(UUID accountId, IssueInput input, Issue issue) {}

  private final IssueQueries queries;
  private final ContactQueries contactQueries;
  private final StaffQueries staffQueries;
  private final Caller caller;

  IssueChecks(
      IssueQueries queries,
      ContactQueries contactQueries,
      StaffQueries staffQueries,
      Caller caller) {
    this.queries = queries;
    this.contactQueries = contactQueries;
    this.staffQueries = staffQueries;
    this.caller = caller;
  }

  /** The facts for `writes`, and for the raisers of the `existing` issues they may move. */
  IssueRules.Facts read(Collection<Wanted> writes, Collection<Issue> existing) {
    Map<UUID, UUID> owners =
        queries.accountOwners(writes.stream().map(Wanted::accountId).distinct().toList());
    Set<UUID> contacts = new HashSet<>();
    Set<UUID> staff = new HashSet<>();
    Set<UUID> named = new HashSet<>();
    Set<IssueQueries.Pair> pairs = new HashSet<>();
    for (Wanted w : writes) {
      IssueRaiser raiser = w.input().raisedBy();
      if (raiser != null && raiser.contactId() != null) {
        contacts.add(raiser.contactId());
      }
      if (raiser != null && raiser.staffId() != null) {
        staff.add(raiser.staffId());
      }
      if (w.input().ownerId() != null) {
        named.add(w.input().ownerId());
      }
      Issue issue = w.issue() == null ? new Issue() : w.issue();
      pairs.add(
          new IssueQueries.Pair(
              IssueRules.owner(issue, w.accountId(), w.input(), owners), w.accountId()));
    }
    existing.stream().map(i -> i.raisedByContactId).filter(Objects::nonNull).forEach(contacts::add);
    pairs.removeIf(p -> p.staffId() == null || p.staffId().equals(owners.get(p.accountId())));
    return new IssueRules.Facts(
        owners,
        contactQueries.accountsOf(contacts),
        staffQueries.existing(staff),
        pairs,
        queries.workingOn(pairs),
        caller.assignable(named));
  }

  /**
   * The facts, also knowing whether the owner `issue` keeps works on `accountId`: a batch record
   * that names no owner and moves its issue to another account (rare) is checked on its own.
   */
  IssueRules.Facts covering(IssueRules.Facts facts, Issue issue, UUID accountId, IssueInput input) {
    UUID owner = IssueRules.owner(issue, accountId, input, facts.accountOwners());
    IssueQueries.Pair pair = new IssueQueries.Pair(owner, accountId);
    if (owner == null
        || owner.equals(facts.accountOwners().get(accountId))
        || facts.asked().contains(pair)) {
      return facts;
    }
    Set<IssueQueries.Pair> asked = new HashSet<>(facts.asked());
    asked.add(pair);
    Set<IssueQueries.Pair> working = new HashSet<>(facts.working());
    working.addAll(queries.workingOn(Set.of(pair)));
    return new IssueRules.Facts(
        facts.accountOwners(),
        facts.contactAccounts(),
        facts.staff(),
        asked,
        working,
        facts.assignable());
  }
}
