package io.clientele.account;

import io.clientele.common.ExternalId;
import io.clientele.common.Ids;
import io.clientele.staff.Caller;
import io.clientele.web.ETags;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AccountService {
  private final AccountQueries queries;
  private final MergePatch mergePatch;
  private final Caller caller;

  public AccountService(AccountQueries queries, MergePatch mergePatch, Caller caller) {
    this.queries = queries;
    this.mergePatch = mergePatch;
    this.caller = caller;
  }

  public Page<Account> list(AccountQueries.Filter filter, PageRequest page, String sort) {
    return queries.list(filter, caller.visibility(), page, sort);
  }

  /** Which of these accounts (live or deleted) the caller may see, in one statement. */
  public Set<UUID> visibleIds(Collection<UUID> ids) {
    return queries.visibleIds(ids, caller.visibility());
  }

  /** A live account the caller may see; anything else is a 404, exactly like a missing one. */
  public Account get(UUID id) {
    return queries
        .findVisible(id, caller.visibility())
        .orElseThrow(() -> ProblemException.notFound("Account"));
  }

  @Transactional
  public Account create(AccountInput input) {
    Account account = new Account();
    account.id = Ids.newId();
    UUID owner = input.ownerId() == null ? caller.staffId() : input.ownerId();
    checkOwner(owner);
    checkParent(account.id, input.parentId());
    apply(account, input, owner);
    account.persist();
    account.flush();
    return account;
  }

  @Transactional
  public Account update(UUID id, String patch, OptionalLong expectedVersion) {
    Account account = get(id);
    ETags.checkIfMatch(expectedVersion, account.version);
    AccountInput current = AccountInput.from(account);
    AccountInput changed = mergePatch.apply(current, patch, AccountInput.class);
    if (changed.equals(current)) {
      return account;
    }
    account.checkSatisfaction(changed.satisfaction());
    UUID owner = changed.ownerId() == null ? account.ownerId : changed.ownerId();
    if (!owner.equals(account.ownerId)) {
      checkOwner(owner);
    }
    if (!Objects.equals(changed.parentId(), account.parentId)) {
      checkParent(account.id, changed.parentId());
    }
    apply(account, changed, owner);
    account.flush();
    return account;
  }

  @Transactional
  public void delete(UUID id, OptionalLong expectedVersion) {
    Account account = get(id);
    ETags.checkIfMatch(expectedVersion, account.version);
    long children = queries.countLiveChildren(id);
    if (children > 0) {
      throw ProblemException.conflict(
          "The account is the parent of " + children + " account(s); move or delete them first");
    }
    account.softDelete();
    account.flush();
  }

  /** 422 unless the caller may make `owner` the owner of an account. */
  private void checkOwner(UUID owner) {
    if (!caller.mayAssignTo(owner)) {
      throw ownerNotAssignable();
    }
  }

  /** The 422 for an owner the caller may not give accounts to (see Caller.mayAssignTo). */
  public static ProblemException ownerNotAssignable() {
    return ProblemException.invalidField(
        "ownerId", "you may not assign accounts to this staff member");
  }

  /** 422 unless `parentId` is a visible account that would not make a cycle above `id`. */
  public void checkParent(UUID id, UUID parentId) {
    if (parentId == null) {
      return;
    }
    queries.lockHierarchy();
    if (queries.findVisible(parentId, caller.visibility()).isEmpty()) {
      throw ProblemException.invalidField("parentId", "no such account");
    }
    if (queries.isSelfOrDescendant(id, parentId)) {
      throw ProblemException.invalidField(
          "parentId", "would make a cycle: the parent is this account or one of its children");
    }
  }

  /** The rules of an account's own fields, beyond what the input's annotations say. */
  public static void checkFields(AccountInput input) {
    if (input.annualRevenueTarget() != null && input.annualRevenueTarget().amount().signum() < 0) {
      throw ProblemException.invalidField("annualRevenueTarget.amount", "must not be negative");
    }
    ExternalId.checkOnePerSource(input.externalIdsOrEmpty());
  }

  private static void apply(Account account, AccountInput input, UUID owner) {
    checkFields(input);
    List<ExternalId> externalIds = input.externalIdsOrEmpty();
    account.name = input.name().trim();
    account.industry = input.industry();
    account.tier = input.tierOrDefault();
    account.status = input.statusOrDefault();
    account.region = input.region();
    account.ownerId = owner;
    account.parentId = input.parentId();
    account.annualRevenueTargetAmount =
        input.annualRevenueTarget() == null ? null : input.annualRevenueTarget().amount();
    account.annualRevenueTargetCurrency =
        input.annualRevenueTarget() == null ? null : input.annualRevenueTarget().currency();
    account.satisfaction = input.satisfaction();
    account.renewalDate = input.renewalDate();
    if (!account.externalIds.equals(externalIds)) {
      account.externalIds.clear();
      account.externalIds.addAll(externalIds);
    }
  }
}
