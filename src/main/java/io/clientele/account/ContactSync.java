package io.clientele.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.common.ExternalId;
import io.clientele.common.Ids;
import io.clientele.sync.BatchPlanner;
import io.clientele.sync.BatchReader;
import io.clientele.sync.Plan;
import io.clientele.sync.SyncMapping;
import io.clientele.sync.SyncedType;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Contacts as sync upserts them and the change feed shows them. A contact belongs to the account
 * its record names (`accountId`, or `account`: {source, externalId}); naming another account moves
 * it there, as the source system did. Contacts follow their account: whoever may see the account
 * may write its contacts.
 */
@ApplicationScoped
public class ContactSync implements SyncedType<ContactSync.Named, Contact> {
  private final AccountRefs refs;
  private final AccountService accounts;

  public ContactSync(AccountRefs refs, AccountService accounts) {
    this.refs = refs;
    this.accounts = accounts;
  }

  @Override
  public SyncMapping<Contact> mapping() {
    return ContactSyncQueries.MAPPING;
  }

  @Override
  public BatchPlanner<Named, Contact> planner(List<JsonNode> records, Instant now) {
    return new Batch(refs.find(records));
  }

  /** A contact record: the account it belongs to and its own fields. */
  record Named(UUID accountId, ContactInput contact) {}

  /** One batch: the accounts its records name, who may see them, read once. */
  private class Batch implements BatchPlanner<Named, Contact> {
    private final Map<ExternalId, UUID> accountRefs;
    private Set<UUID> visible;
    private Set<UUID> usableAccounts;

    Batch(Map<ExternalId, UUID> accountRefs) {
      this.accountRefs = accountRefs;
    }

    @Override
    public Named read(ObjectNode fields, BatchReader reader) throws JsonProcessingException {
      AccountRefs.resolve(fields, accountRefs);
      JsonNode accountId = fields.remove("accountId");
      if (accountId == null || accountId.isNull()) {
        throw ProblemException.invalidField(
            "accountId", "is required: name the contact's account by accountId or account");
      }
      UUID account;
      try {
        account = UUID.fromString(accountId.asText());
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalidField("accountId", "is not a UUID");
      }
      ContactInput input = reader.fields(fields, ContactInput.class);
      ExternalId.checkOnePerSource(input.externalIdsOrEmpty());
      return new Named(account, input);
    }

    @Override
    public void prepare(Collection<Named> inputs, Collection<Contact> existing) {
      visible = accounts.visibleIds(existing.stream().map(c -> c.accountId).distinct().toList());
      usableAccounts = refs.usable(inputs.stream().map(Named::accountId).distinct().toList());
    }

    @Override
    public Plan plan(ExternalId own, Named named, Contact existing) {
      if (existing != null) {
        Plan.checkWritable(
            "Contact", existing.id, visible.contains(existing.accountId), existing.deletedAt);
      }
      if ((existing == null || !named.accountId().equals(existing.accountId))
          && !usableAccounts.contains(named.accountId())) {
        throw ProblemException.invalidField("accountId", "no such account");
      }
      List<ExternalId> ids =
          Plan.externalIds(
              own,
              named.contact().externalIds(),
              existing == null ? List.of() : existing.externalIds);
      ContactInput wanted = named.contact().normalized(ids);
      if (existing == null) {
        UUID id = Ids.newId();
        return Plan.create(id, ids, ContactSyncQueries.row(id, null, named.accountId(), wanted));
      }
      ContactInput current = ContactInput.from(existing).normalized(existing.externalIds);
      if (named.accountId().equals(existing.accountId) && sameContact(wanted, current)) {
        return Plan.unchanged(existing.id, existing.version);
      }
      return Plan.update(
          existing.id,
          existing.version,
          ids,
          ContactSyncQueries.row(existing.id, existing.version, named.accountId(), wanted));
    }
  }

  /** Equal fields, external ids in any order. */
  private static boolean sameContact(ContactInput a, ContactInput b) {
    return new HashSet<>(a.externalIds()).equals(new HashSet<>(b.externalIds()))
        && a.normalized(List.of()).equals(b.normalized(List.of()));
  }
}
