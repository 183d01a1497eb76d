package io.clientele.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.account.Account;
import io.clientele.account.AccountInput;
import io.clientele.account.AccountQueries;
import io.clientele.account.AccountService;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Upserts accounts by external id, a batch at a time: each record is read and checked on its own
 * (the account rules of AccountService), then all the creates are one INSERT and all the updates
 * one UPDATE, each fed the batch as one JSON document. Unchanged records are not written (no new
 * version, nothing in the change feed); the feed's triggers record the rest.
 */
@ApplicationScoped
public class AccountSync {
  private final AccountService accounts;
  private final AccountQueries accountQueries;
  private final Caller caller;
  private final ObjectMapper mapper;
  private final Validator validator;
  private final EntityManager em;

  public AccountSync(
      AccountService accounts,
      AccountQueries accountQueries,
      Caller caller,
      ObjectMapper mapper,
      Validator validator,
      EntityManager em) {
    this.accounts = accounts;
    this.accountQueries = accountQueries;
    this.caller = caller;
    this.mapper = mapper;
    this.validator = validator;
    this.em = em;
  }

  /** A record that read and checked well, and what writing it will do. */
  private record Planned(
      int index, String externalId, UUID id, Long version, AccountInput account, boolean create)
      implements Batches.Plan {
    @Override
    public List<ExternalId> externalIds() {
      return account.externalIds();
    }
  }

  /**
   * Upserts the records; with `atomic`, all or nothing: the first failure is thrown (naming every
   * failed record) and nothing is written.
   */
  @Transactional
  public BatchResult upsert(String source, List<JsonNode> records, boolean atomic) {
    RecordResult[] results = new RecordResult[records.size()];
    Batches.Read<AccountInput> batch = Batches.read(records, (i, fields) -> read(fields), results);
    Map<Integer, String> externalIds = batch.externalIds();
    Batches.lock(em, "accounts", source, externalIds.values());
    Map<String, Account> existing = existing(source, externalIds.values());
    Set<UUID> visible =
        accountQueries.visibleIds(
            existing.values().stream().map(a -> a.id).toList(), caller.visibility());
    Set<UUID> owners = new HashSet<>();
    batch.inputs().values().stream()
        .map(AccountInput::ownerId)
        .filter(Objects::nonNull)
        .forEach(owners::add);
    owners.add(caller.staffId());
    Set<UUID> assignable = caller.assignable(owners);
    List<Planned> planned = new ArrayList<>();
    for (Map.Entry<Integer, AccountInput> entry : batch.inputs().entrySet()) {
      int i = entry.getKey();
      String externalId = externalIds.get(i);
      try {
        Planned plan =
            plan(
                i,
                source,
                externalId,
                entry.getValue(),
                existing.get(externalId),
                visible,
                assignable);
        if (plan == null) {
          Account account = existing.get(externalId);
          results[i] =
              new RecordResult(i, externalId, "unchanged", account.id, account.version, null);
        } else {
          planned.add(plan);
        }
      } catch (ProblemException e) {
        results[i] = Batches.error(i, externalId, e);
      }
    }
    List<Planned> writable =
        Batches.withoutTakenExternalIds(em, "account", source, planned, results);
    if (atomic) {
      BatchFailure.throwIfAny(results);
    }
    write(writable, results, atomic);
    em.flush();
    em.clear(); // the accounts read above are stale now: later reads go to the database
    return new BatchResult(List.of(results));
  }

  private AccountInput read(ObjectNode fields) throws JsonProcessingException {
    AccountInput input = Batches.readFields(mapper, validator, fields, AccountInput.class);
    AccountService.checkFields(input);
    return input;
  }

  /** What to write for one record; null when it would change nothing. */
  private Planned plan(
      int index,
      String source,
      String externalId,
      AccountInput input,
      Account account,
      Set<UUID> visible,
      Set<UUID> assignable) {
    if (account != null && !visible.contains(account.id)) {
      throw ProblemException.notFound("Account");
    }
    if (account != null && account.deletedAt != null) {
      throw ProblemException.conflict(
          "The account with this external id (" + account.id + ") has been deleted");
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
        Batches.mergedExternalIds(
            new ExternalId(source, externalId),
            input.externalIds(),
            account == null ? List.of() : account.externalIds);
    AccountInput wanted = input.normalized(owner, ids);
    if (account == null) {
      return new Planned(index, externalId, id, null, wanted, true);
    }
    AccountInput current =
        AccountInput.from(account).normalized(account.ownerId, account.externalIds);
    if (sameAccount(wanted, current)) {
      return null;
    }
    return new Planned(index, externalId, id, account.version, wanted, false);
  }

  /** Equal fields, external ids in any order. */
  private static boolean sameAccount(AccountInput a, AccountInput b) {
    return new HashSet<>(a.externalIds()).equals(new HashSet<>(b.externalIds()))
        && a.normalized(a.ownerId(), List.of()).equals(b.normalized(b.ownerId(), List.of()));
  }

  private Map<String, Account> existing(String source, java.util.Collection<String> externalIds) {
    return Batches.bySourceId(
        em, Account.class, "account", source, externalIds, a -> a.externalIds);
  }

  /** All the creates in one INSERT, all the updates in one UPDATE (a version check per row). */
  private void write(List<Planned> planned, RecordResult[] results, boolean atomic) {
    Instant now = Timestamps.now();
    List<Map<String, Object>> creates = new ArrayList<>();
    List<Map<String, Object>> updates = new ArrayList<>();
    for (Planned p : planned) {
      Map<String, Object> row = row(p);
      (p.create() ? creates : updates).add(row);
    }
    Batches.insertRows(
        em,
        mapper,
        """
              insert into account (id, name, industry, tier, status, region, owner_id, parent_id,
                                   annual_revenue_target_amount, annual_revenue_target_currency, satisfaction,
                                   renewal_date, version, created_at, updated_at)
              select r.id, r.name, r.industry, r.tier, r.status, r.region, r.owner_id, r.parent_id,
                     r.target_amount, r.target_currency, r.satisfaction, r.renewal_date, 0, :now, :now
              from jsonb_to_recordset(cast(:rows as jsonb)) as r(
                id uuid, name text, industry text, tier text, status text, region text, owner_id uuid,
                parent_id uuid, target_amount numeric, target_currency text, satisfaction numeric,
                renewal_date date)
              """,
        creates,
        now);
    Set<UUID> updated =
        Batches.updateRows(
            em,
            mapper,
            """
                  update account a
                  set name = r.name, industry = r.industry, tier = r.tier, status = r.status,
                      region = r.region, owner_id = r.owner_id, parent_id = r.parent_id,
                      annual_revenue_target_amount = r.target_amount,
                      annual_revenue_target_currency = r.target_currency, satisfaction = r.satisfaction,
                      renewal_date = r.renewal_date, version = a.version + 1, updated_at = :now
                  from jsonb_to_recordset(cast(:rows as jsonb)) as r(
                    id uuid, version bigint, name text, industry text, tier text, status text, region text,
                    owner_id uuid, parent_id uuid, target_amount numeric, target_currency text,
                    satisfaction numeric, renewal_date date)
                  where a.id = r.id and a.version = r.version and a.deleted_at is null
                  returning a.id
                  """,
            updates,
            now);
    Batches.replaceExternalIds(
        em, mapper, "account", Batches.written(planned, updated, results, atomic, "account"));
  }

  private static Map<String, Object> row(Planned p) {
    AccountInput a = p.account();
    Map<String, Object> row = new HashMap<>();
    row.put("id", p.id());
    row.put("version", p.version());
    row.put("name", a.name());
    row.put("industry", a.industry());
    row.put("tier", a.tier().name());
    row.put("status", a.status().name());
    row.put("region", a.region());
    row.put("owner_id", a.ownerId());
    row.put("parent_id", a.parentId());
    row.put(
        "target_amount", a.annualRevenueTarget() == null ? null : a.annualRevenueTarget().amount());
    row.put(
        "target_currency",
        a.annualRevenueTarget() == null ? null : a.annualRevenueTarget().currency());
    row.put("satisfaction", a.satisfaction());
    row.put("renewal_date", a.renewalDate());
    return row;
  }
}
