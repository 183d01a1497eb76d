package io.clientele.pnl;

import io.clientele.account.AccountService;
import io.clientele.common.Ids;
import io.clientele.common.Money;
import io.clientele.common.Timestamps;
import io.clientele.staff.Caller;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Posting and reading an account's revenue and cost entries. Posted entries never change: a
 * correction is a reversing entry, and each entry can be reversed once.
 */
@ApplicationScoped
public class EntryService {
  /** The two families of entries: /revenue and /costs. */
  enum Ledger {
    REVENUE,
    COSTS;

    boolean holds(PnlEntry entry) {
      return entry.isRevenue() == (this == REVENUE);
    }

    String noun() {
      return this == REVENUE ? "Revenue entry" : "Cost entry";
    }

    String path() {
      return this == REVENUE ? "revenue" : "costs";
    }
  }

  /** An entry with the id of the entry that reverses it, if any. */
  public record Posted(PnlEntry entry, UUID reversedById) {}

  private final AccountService accounts;
  private final Caller caller;
  private final EntryQueries queries;

  public EntryService(AccountService accounts, Caller caller, EntryQueries queries) {
    this.accounts = accounts;
    this.caller = caller;
    this.queries = queries;
  }

  /** An account's entries of one family, by date; expects pnl_entry_account_date_idx. */
  public Page<Posted> list(
      UUID accountId,
      Ledger ledger,
      CostCategory category,
      LocalDate from,
      LocalDate to,
      PageRequest page,
      String sortParam) {
    accounts.get(accountId);
    Page<PnlEntry> entries = queries.list(accountId, ledger, category, from, to, page, sortParam);
    Map<UUID, UUID> reversals =
        queries.reversalsOf(entries.items().stream().map(e -> e.id).toList());
    return entries.map(e -> new Posted(e, reversals.get(e.id)));
  }

  public Posted get(UUID accountId, Ledger ledger, UUID entryId) {
    accounts.get(accountId);
    PnlEntry entry = PnlEntry.findById(entryId);
    if (entry == null || !entry.accountId.equals(accountId) || !ledger.holds(entry)) {
      throw ProblemException.notFound(ledger.noun());
    }
    return new Posted(entry, queries.reversalsOf(List.of(entryId)).get(entryId));
  }

  @Transactional
  public Posted post(
      UUID accountId,
      String category,
      LocalDate date,
      Money amount,
      String description,
      String reference) {
    accounts.get(accountId);
    if (amount.amount().signum() <= 0) {
      throw ProblemException.invalidField(
          "amount.amount",
          "must be positive: to correct an entry, reverse it (POST .../{entryId}/reversal)");
    }
    PnlEntry entry = new PnlEntry();
    entry.id = Ids.newId();
    entry.accountId = accountId;
    entry.category = category;
    entry.date = date;
    entry.amount = amount.amount();
    entry.currency = amount.currency();
    entry.description = description;
    entry.reference = reference;
    entry.postedBy = caller.staffId();
    entry.createdAt = Timestamps.now();
    entry.persist();
    entry.flush();
    return new Posted(entry, null);
  }

  /**
   * Posts the entry that cancels `entryId`: same account, category and currency, the opposite
   * amount, dated as given or on the reversed entry's own date (which corrects that month).
   */
  @Transactional
  public Posted reverse(UUID accountId, Ledger ledger, UUID entryId, ReversalInput input) {
    PnlEntry original = get(accountId, ledger, entryId).entry();
    // one reversal per entry, even when two arrive at once (the unique key is the backstop)
    queries.lock(entryId);
    if (original.reversesId != null) {
      throw ProblemException.conflict(
          "This entry is itself a reversal; post a new entry to restore the amount");
    }
    UUID existing = queries.reversalsOf(List.of(entryId)).get(entryId);
    if (existing != null) {
      throw ProblemException.conflict(
          "This entry was reversed already by "
              + existing
              + " at /api/v1/accounts/"
              + accountId
              + "/"
              + ledger.path()
              + "/"
              + existing);
    }
    LocalDate date = input == null || input.date() == null ? original.date : input.date();
    if (date.isBefore(original.date)) {
      throw ProblemException.invalidField(
          "date",
          "a reversal cannot be dated before the entry it reverses (" + original.date + ")");
    }
    PnlEntry reversal = new PnlEntry();
    reversal.id = Ids.newId();
    reversal.accountId = accountId;
    reversal.category = original.category;
    reversal.date = date;
    reversal.amount = original.amount.negate();
    reversal.currency = original.currency;
    reversal.description =
        input != null && input.description() != null
            ? input.description()
            : "Reversal of " + (original.reference != null ? original.reference : original.id);
    reversal.reference = original.reference;
    reversal.reversesId = original.id;
    reversal.postedBy = caller.staffId();
    reversal.createdAt = Timestamps.now();
    reversal.persist();
    reversal.flush();
    return new Posted(reversal, null);
  }
}
