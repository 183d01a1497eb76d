package io.clientele.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.common.ExternalId;
import io.clientele.common.Ids;
import io.clientele.staff.Caller;
import io.clientele.sync.BatchPlanner;
import io.clientele.sync.BatchReader;
import io.clientele.sync.Plan;
import io.clientele.sync.SyncMapping;
import io.clientele.sync.SyncedType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Accounts as sync upserts them and the change feed shows them. Each record of a batch is read and
 * checked on its own with the account rules (AccountService), against who may see and own what,
 * read once for the batch; its columns are in AccountSyncQueries.
 */
@ApplicationScoped
public class AccountSync implements SyncedType<AccountInput, Account> {
  private final AccountService accounts;
  private final Caller caller;

  public AccountSync(AccountService accounts, Caller caller) {
    this.accounts = accounts;
    this.caller = caller;
  }

  @Override
  public SyncMapping<Account> mapping() {
    return AccountSyncQueries.MAPPING;
  }

  @Override
  public BatchPlanner<AccountInput, Account> planner(List<JsonNode> records, Instant now) {
    return new Batch();
  }

  /** One batch: who may see the accounts found and own the accounts named, read once. */
  private class Batch implements BatchPlanner<AccountInput, Account> {
    private Set<UUID> visible;
    private Set<UUID> assignable;

    @Override
    public AccountInput read(ObjectNode fields, BatchReader reader) throws JsonProcessingException {
      AccountInput input = reader.fields(fields, AccountInput.class);
      AccountService.checkFields(input);
      return input;
    }

    @Override
    public void prepare(Collection<AccountInput> inputs, Collection<Account> existing) {
      visible = accounts.visibleIds(existing.stream().map(a -> a.id).toList());
      Set<UUID> owners = new HashSet<>();
      inputs.stream().map(AccountInput::ownerId).filter(Objects::nonNull).forEach(owners::add);
      owners.add(caller.staffId());
      assignable = caller.assignable(owners);
    }

    @Override
    public Plan plan(ExternalId own, AccountInput input, Account account) {
      if (account != null) {
        Plan.checkWritable("Account", account.id, visible.contains(account.id), account.deletedAt);
      }
      UUID owner =
          input.ownerId() != null
              ? input.ownerId()
              : account != null ? account.ownerId : caller.staffId();
      if ((account == null || !owner.equals(account.ownerId)) && !assignable.contains(owner)) {
        throw AccountService.ownerNotAssignable();
      }
      UUID id = account == null ? Ids.newId() : account.id;
      if (input.parentId() != null
          && (account == null || !input.parentId().equals(account.parentId))) {
        accounts.checkParent(id, input.parentId());
      }
      List<ExternalId> ids =
          Plan.externalIds(
              own, input.externalIds(), account == null ? List.of() : account.externalIds);
      if (account != null && account.satisfactionFromReviews) {
        // a connector resends whole records: the score its reviews derive, or none, passes
        if (input.satisfaction() == null) {
          input = input.withSatisfaction(account.satisfaction);
        }
        account.checkSatisfaction(input.satisfaction());
      }
      AccountInput wanted = input.normalized(owner, ids);
      if (account == null) {
        return Plan.create(id, ids, AccountSyncQueries.row(id, null, wanted));
      }
      AccountInput current =
          AccountInput.from(account).normalized(account.ownerId, account.externalIds);
      if (sameAccount(wanted, current)) {
        return Plan.unchanged(id, account.version);
      }
      return Plan.update(
          id, account.version, ids, AccountSyncQueries.row(id, account.version, wanted));
    }
  }

  /** Equal fields, external ids in any order. */
  private static boolean sameAccount(AccountInput a, AccountInput b) {
    return new HashSet<>(a.externalIds()).equals(new HashSet<>(b.externalIds()))
        && a.normalized(a.ownerId(), List.of()).equals(b.normalized(b.ownerId(), List.of()));
  }
}
