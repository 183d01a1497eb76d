package io.clientele.pnl;

import io.clientele.account.AccountQueries;
import io.clientele.account.AccountService;
import io.clientele.common.Ids;
import io.clientele.common.Timestamps;
import io.clientele.staff.Caller;
import io.clientele.web.ETags;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Invoices and their payments. Finance and admins write; whoever may see the account reads. A draft
 * may change freely; once issued only payments and the closing moves (void, write off) change it.
 * Every change locks the invoice row, so concurrent payments can never overpay it.
 */
@ApplicationScoped
public class InvoiceService {
  private static final List<SortField<Invoice>> SORTABLE =
      List.of(
          new SortField<>("issueDate", "i.issue_date", "date", i -> i.issueDate),
          new SortField<>("dueDate", "i.due_date", "date", i -> i.dueDate));

  public record Filter(
      UUID accountId,
      List<InvoiceStatus> statuses,
      LocalDate issuedFrom,
      LocalDate issuedTo,
      LocalDate dueBefore) {}

  /** An invoice with its payments, oldest first. */
  public record Billed(Invoice invoice, List<InvoicePayment> payments) {}

  private final AccountService accounts;
  private final AccountQueries accountQueries;
  private final MergePatch mergePatch;
  private final Caller caller;
  private final EntityManager em;

  public InvoiceService(
      AccountService accounts,
      AccountQueries accountQueries,
      MergePatch mergePatch,
      Caller caller,
      EntityManager em) {
    this.accounts = accounts;
    this.accountQueries = accountQueries;
    this.mergePatch = mergePatch;
    this.caller = caller;
    this.em = em;
  }

  /** Invoices of the accounts the caller may see; expects invoice_issue_idx / invoice_due_idx. */
  public Page<Billed> list(Filter filter, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere();
    caller.visibility().account(where, "a.owner_id", "a.id");
    if (filter.accountId() != null) {
      where.and("i.account_id = " + where.param("accountId", filter.accountId()));
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.and(
          "i.status = any(cast("
              + where.param(
                  "statuses",
                  filter.statuses().stream().map(InvoiceStatus::label).toArray(String[]::new))
              + " as text[]))");
    }
    if (filter.issuedFrom() != null) {
      where.and("i.issue_date >= " + where.param("issuedFrom", filter.issuedFrom()));
    }
    if (filter.issuedTo() != null) {
      where.and("i.issue_date <= " + where.param("issuedTo", filter.issuedTo()));
    }
    if (filter.dueBefore() != null) {
      where.and("i.due_date < " + where.param("dueBefore", filter.dueBefore()));
    }
    Sort<Invoice> sort = Sort.parse(sortParam, "-issueDate", SORTABLE, "i.id", i -> i.id);
    Page<Invoice> invoices =
        sort.fetch(
            em,
            "select i.* from invoice i join account a on a.id = i.account_id",
            where,
            page,
            Invoice.class);
    Map<UUID, List<InvoicePayment>> payments =
        paymentsOf(invoices.items().stream().map(i -> i.id).toList());
    return invoices.map(i -> new Billed(i, payments.getOrDefault(i.id, List.of())));
  }

  public Billed get(UUID id) {
    return new Billed(
        find(id, LockModeType.NONE), paymentsOf(List.of(id)).getOrDefault(id, List.of()));
  }

  @Transactional
  public Billed create(InvoiceInput input) {
    Invoice invoice = new Invoice();
    invoice.status = InvoiceStatus.DRAFT.label();
    invoice.paidAmount = BigDecimal.ZERO;
    apply(invoice, input);
    invoice.persist();
    invoice.flush();
    return new Billed(invoice, List.of());
  }

  /** JSON Merge Patch over the draft's fields; an issued invoice answers 409. */
  @Transactional
  public Billed update(UUID id, String patch, OptionalLong expectedVersion) {
    Invoice invoice = find(id, LockModeType.PESSIMISTIC_WRITE);
    ETags.checkIfMatch(expectedVersion, invoice.version);
    if (invoice.status() != InvoiceStatus.DRAFT) {
      throw ProblemException.conflict(
          "An invoice is immutable once issued (it is "
              + invoice.status
              + "): record payments, void it or write it off");
    }
    InvoiceInput current = InvoiceInput.from(invoice);
    InvoiceInput changed = mergePatch.apply(current, patch, InvoiceInput.class);
    if (!changed.equals(current)) {
      apply(invoice, changed);
      invoice.flush();
    }
    return get(id);
  }

  /** Only a draft may be deleted; an issued invoice is voided instead. */
  @Transactional
  public void delete(UUID id, OptionalLong expectedVersion) {
    Invoice invoice = find(id, LockModeType.PESSIMISTIC_WRITE);
    ETags.checkIfMatch(expectedVersion, invoice.version);
    if (invoice.status() != InvoiceStatus.DRAFT) {
      throw ProblemException.conflict(
          "Only a draft may be deleted; this invoice is " + invoice.status + ": void it instead");
    }
    invoice.delete();
  }

  @Transactional
  public Billed issue(UUID id, OptionalLong expectedVersion) {
    Invoice invoice = find(id, LockModeType.PESSIMISTIC_WRITE);
    ETags.checkIfMatch(expectedVersion, invoice.version);
    move(invoice, InvoiceStatus.ISSUED);
    invoice.status = InvoiceStatus.ISSUED.label();
    invoice.flush();
    return get(id);
  }

  /** Void (a draft, or an issued invoice without payments) or write off (an issued one). */
  @Transactional
  public Billed close(UUID id, InvoiceStatus to, ClosingInput input, OptionalLong expectedVersion) {
    Invoice invoice = find(id, LockModeType.PESSIMISTIC_WRITE);
    ETags.checkIfMatch(expectedVersion, invoice.version);
    move(invoice, to);
    if (to == InvoiceStatus.VOID && invoice.paidAmount.signum() > 0) {
      throw ProblemException.conflict(
          "The invoice has payments ("
              + invoice.paidAmount.toPlainString()
              + " "
              + invoice.currency
              + "): write off the rest instead of voiding it");
    }
    LocalDate on = input == null || input.date() == null ? today() : input.date();
    checkDay("date", on, invoice);
    invoice.status = to.label();
    invoice.closedOn = on;
    invoice.closingNote = input == null ? null : input.note();
    invoice.flush();
    return get(id);
  }

  /** A payment; the one that settles the outstanding amount makes the invoice paid. */
  @Transactional
  public Billed pay(UUID id, PaymentInput input, OptionalLong expectedVersion) {
    Invoice invoice = find(id, LockModeType.PESSIMISTIC_WRITE);
    ETags.checkIfMatch(expectedVersion, invoice.version);
    if (invoice.status() != InvoiceStatus.ISSUED) {
      throw ProblemException.conflict(
          "Payments are recorded against issued invoices; this one is " + invoice.status);
    }
    if (!input.amount().currency().equals(invoice.currency)) {
      throw ProblemException.invalidField(
          "amount.currency", "must be the invoice's currency, " + invoice.currency);
    }
    BigDecimal amount = input.amount().amount();
    if (amount.signum() <= 0) {
      throw ProblemException.invalidField("amount.amount", "must be positive");
    }
    BigDecimal outstanding = invoice.outstanding();
    if (amount.compareTo(outstanding) > 0) {
      throw ProblemException.invalidField(
          "amount.amount",
          "overpayment: "
              + outstanding.stripTrailingZeros().toPlainString()
              + " "
              + invoice.currency
              + " is outstanding");
    }
    checkDay("date", input.date(), invoice);
    InvoicePayment payment = new InvoicePayment();
    payment.id = Ids.newId();
    payment.invoiceId = id;
    payment.paidOn = input.date();
    payment.amount = amount;
    payment.reference = input.reference();
    payment.recordedBy = caller.staffId();
    payment.createdAt = Timestamps.now();
    // settled on the latest payment day, which need not be this payment's
    LocalDate latest =
        paymentsOf(List.of(id)).getOrDefault(id, List.of()).stream()
            .map(p -> p.paidOn)
            .reduce(input.date(), (a, b) -> a.isAfter(b) ? a : b);
    payment.persist();
    invoice.paidAmount = invoice.paidAmount.add(amount);
    invoice.updatedAt = Timestamps.now(); // the invoice changes with each payment: a new version
    if (invoice.paidAmount.compareTo(invoice.amount) == 0) {
      invoice.status = InvoiceStatus.PAID.label();
      invoice.closedOn = latest;
    }
    invoice.flush();
    return get(id);
  }

  private Invoice find(UUID id, LockModeType lock) {
    Invoice invoice = Invoice.findById(id, lock);
    if (invoice == null) {
      throw ProblemException.notFound("Invoice");
    }
    // a debt outlives its account: visible by the account rule even once the account is deleted
    if (!accountQueries.isVisibleEvenIfDeleted(invoice.accountId, caller.visibility())) {
      throw ProblemException.notFound("Invoice");
    }
    return invoice;
  }

  private static void move(Invoice invoice, InvoiceStatus to) {
    InvoiceStatus from = invoice.status();
    if (!from.next().contains(to)) {
      throw ProblemException.wrongMove(
          "invoice",
          from.label(),
          to.label(),
          from.next().stream().map(InvoiceStatus::label).toList());
    }
  }

  private void apply(Invoice invoice, InvoiceInput input) {
    try {
      accounts.get(input.accountId());
    } catch (ProblemException e) {
      throw ProblemException.invalidField("accountId", "no such account");
    }
    if (input.amount().amount().signum() <= 0) {
      throw ProblemException.invalidField("amount.amount", "must be positive");
    }
    if (input.dueDate().isBefore(input.issueDate())) {
      throw ProblemException.invalidField("dueDate", "must not be before the issue date");
    }
    if (!input.number().equals(invoice.number)
        && Invoice.count("number = ?1", input.number()) > 0) {
      throw ProblemException.conflict("Another invoice has the number " + input.number());
    }
    invoice.number = input.number();
    invoice.accountId = input.accountId();
    invoice.issueDate = input.issueDate();
    invoice.dueDate = input.dueDate();
    invoice.amount = input.amount().amount();
    invoice.currency = input.amount().currency();
    invoice.description = input.description();
  }

  private static void checkDay(String field, LocalDate day, Invoice invoice) {
    if (day.isBefore(invoice.issueDate)) {
      throw ProblemException.invalidField(
          field, "must not be before the issue date (" + invoice.issueDate + ")");
    }
    if (day.isAfter(today())) {
      throw ProblemException.invalidField(field, "must not be in the future");
    }
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(Timestamps.now(), ZoneOffset.UTC);
  }

  private Map<UUID, List<InvoicePayment>> paymentsOf(List<UUID> ids) {
    if (ids.isEmpty()) {
      return new HashMap<>();
    }
    List<InvoicePayment> payments =
        InvoicePayment.list("invoiceId in ?1 order by paidOn, createdAt", ids);
    return payments.stream().collect(Collectors.groupingBy(p -> p.invoiceId));
  }
}
