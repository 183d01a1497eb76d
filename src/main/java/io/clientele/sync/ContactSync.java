package io.clientele.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.account.AccountQueries;
import io.clientele.account.Contact;
import io.clientele.account.ContactInput;
import io.clientele.common.ExternalId;
import io.clientele.common.Ids;
import io.clientele.common.Timestamps;
import io.clientele.staff.Caller;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Upserts contacts by external id, a batch at a time, as AccountSync does accounts. A contact
 * belongs to the account its record names (`accountId`, or `account`: {source, externalId}); naming
 * another account moves it there, as the source system did. Contacts follow their account: whoever
 * may see the account may write its contacts.
 */
@ApplicationScoped
public class ContactSync {
  private final AccountQueries accounts;
  private final Caller caller;
  private final ObjectMapper mapper;
  private final Validator validator;
  private final EntityManager em;

  public ContactSync(
      AccountQueries accounts,
      Caller caller,
      ObjectMapper mapper,
      Validator validator,
      EntityManager em) {
    this.accounts = accounts;
    this.caller = caller;
    this.mapper = mapper;
    this.validator = validator;
    this.em = em;
  }

  /** A contact record: the account it belongs to and its own fields. */
  private record Named(UUID accountId, ContactInput contact) {}

  /** A record that checked well, and what writing it will do. */
  private record Planned(
      int index,
      String externalId,
      UUID id,
      Long version,
      UUID accountId,
      ContactInput contact,
      boolean create)
      implements Batches.Plan {
    @Override
    public List<ExternalId> externalIds() {
      return contact.externalIds();
    }
  }

  /** Upserts the records; with `atomic`, all or nothing (see AccountSync). */
  @Transactional
  public BatchResult upsert(String source, List<JsonNode> records, boolean atomic) {
    RecordResult[] results = new RecordResult[records.size()];
    Map<ExternalId, UUID> accountRefs =
        Batches.accountRefs(em, accounts, caller.visibility(), records);
    Batches.Read<Named> batch =
        Batches.read(records, (i, fields) -> read(fields, accountRefs), results);
    Map<Integer, String> externalIds = batch.externalIds();
    Batches.lock(em, "contacts", source, externalIds.values());
    Map<String, Contact> existing = existing(source, externalIds.values());
    Set<UUID> visible =
        accounts.visibleIds(
            existing.values().stream().map(c -> c.accountId).distinct().toList(),
            caller.visibility());
    Set<UUID> usableAccounts =
        accounts.visibleLiveIds(
            batch.inputs().values().stream().map(Named::accountId).distinct().toList(),
            caller.visibility());
    List<Planned> planned = new ArrayList<>();
    for (Map.Entry<Integer, Named> entry : batch.inputs().entrySet()) {
      int i = entry.getKey();
      String externalId = externalIds.get(i);
      Contact contact = existing.get(externalId);
      try {
        Planned plan =
            plan(
                i,
                new ExternalId(source, externalId),
                entry.getValue(),
                contact,
                visible,
                usableAccounts);
        if (plan == null) {
          results[i] =
              new RecordResult(i, externalId, "unchanged", contact.id, contact.version, null);
        } else {
          planned.add(plan);
        }
      } catch (ProblemException e) {
        results[i] = Batches.error(i, externalId, e);
      }
    }
    List<Planned> writable =
        Batches.withoutTakenExternalIds(em, "contact", source, planned, results);
    if (atomic) {
      BatchFailure.throwIfAny(results);
    }
    write(writable, results, atomic);
    em.flush();
    em.clear(); // the contacts read above are stale now: later reads go to the database
    return new BatchResult(List.of(results));
  }

  private Named read(ObjectNode fields, Map<ExternalId, UUID> accountRefs)
      throws JsonProcessingException {
    Batches.resolveAccountRef(fields, accountRefs);
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
    ContactInput input = Batches.readFields(mapper, validator, fields, ContactInput.class);
    ExternalId.checkOnePerSource(input.externalIdsOrEmpty());
    return new Named(account, input);
  }

  /** What to write for one record; null when it would change nothing. */
  private Planned plan(
      int index,
      ExternalId own,
      Named named,
      Contact existing,
      Set<UUID> visible,
      Set<UUID> usableAccounts) {
    if (existing != null && !visible.contains(existing.accountId)) {
      throw ProblemException.notFound("Contact");
    }
    if (existing != null && existing.deletedAt != null) {
      throw ProblemException.conflict(
          "The contact with this external id (" + existing.id + ") has been deleted");
    }
    if ((existing == null || !named.accountId().equals(existing.accountId))
        && !usableAccounts.contains(named.accountId())) {
      throw ProblemException.invalidField("accountId", "no such account");
    }
    List<ExternalId> ids =
        Batches.mergedExternalIds(
            own,
            named.contact().externalIds(),
            existing == null ? List.of() : existing.externalIds);
    ContactInput wanted = named.contact().normalized(ids);
    if (existing == null) {
      return new Planned(
          index, own.externalId(), Ids.newId(), null, named.accountId(), wanted, true);
    }
    ContactInput current = ContactInput.from(existing).normalized(existing.externalIds);
    if (named.accountId().equals(existing.accountId) && sameContact(wanted, current)) {
      return null;
    }
    return new Planned(
        index, own.externalId(), existing.id, existing.version, named.accountId(), wanted, false);
  }

  /** Equal fields, external ids in any order. */
  private static boolean sameContact(ContactInput a, ContactInput b) {
    return new HashSet<>(a.externalIds()).equals(new HashSet<>(b.externalIds()))
        && a.normalized(List.of()).equals(b.normalized(List.of()));
  }

  private Map<String, Contact> existing(String source, Collection<String> externalIds) {
    return Batches.bySourceId(
        em, Contact.class, "contact", source, externalIds, c -> c.externalIds);
  }

  /** All the creates in one INSERT, all the updates in one UPDATE (a version check per row). */
  private void write(List<Planned> planned, RecordResult[] results, boolean atomic) {
    Instant now = Timestamps.now();
    List<Map<String, Object>> creates = new ArrayList<>();
    List<Map<String, Object>> updates = new ArrayList<>();
    for (Planned p : planned) {
      (p.create() ? creates : updates).add(row(p));
    }
    String columns =
        """
        id uuid, version bigint, account_id uuid, name text, title text, email text, phone text,
        influence text
        """;
    Batches.insertRows(
        em,
        mapper,
        """
              insert into contact (id, account_id, name, title, email, phone, influence,
                                   version, created_at, updated_at)
              select r.id, r.account_id, r.name, r.title, r.email, r.phone, r.influence, 0, :now, :now
              from jsonb_to_recordset(cast(:rows as jsonb)) as r(%s)
              """
            .formatted(columns),
        creates,
        now);
    Set<UUID> updated =
        Batches.updateRows(
            em,
            mapper,
            """
                  update contact c
                  set account_id = r.account_id, name = r.name, title = r.title, email = r.email,
                      phone = r.phone, influence = r.influence, version = c.version + 1, updated_at = :now
                  from jsonb_to_recordset(cast(:rows as jsonb)) as r(%s)
                  where c.id = r.id and c.version = r.version and c.deleted_at is null
                  returning c.id
                  """
                .formatted(columns),
            updates,
            now);
    Batches.replaceExternalIds(
        em, mapper, "contact", Batches.written(planned, updated, results, atomic, "contact"));
  }

  private static Map<String, Object> row(Planned p) {
    ContactInput c = p.contact();
    Map<String, Object> row = new HashMap<>();
    row.put("id", p.id());
    row.put("version", p.version());
    row.put("account_id", p.accountId());
    row.put("name", c.name());
    row.put("title", c.title());
    row.put("email", c.email());
    row.put("phone", c.phone());
    row.put("influence", c.influence() == null ? null : c.influence().name());
    return row;
  }
}
