package io.clientele.pnl;

import io.clientele.account.AccountQueries;
import io.clientele.staff.Caller;
import io.clientele.web.ETags;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Reading invoices and their payments: whoever may see the account reads. The drafts' changes are
 * {@link InvoiceDrafts}'; issuing, closing and payments {@link InvoiceMoves}'.
 */
@ApplicationScoped
public class InvoiceService {
  public record Filter(
      UUID accountId,
      List<InvoiceStatus> statuses,
      LocalDate issuedFrom,
      LocalDate issuedTo,
      LocalDate dueBefore) {}

  /** An invoice with its payments, oldest first. */
  public record Billed(Invoice invoice, List<InvoicePayment> payments) {}

  private final InvoiceQueries queries;
  private final AccountQueries accountQueries;
  private final Caller caller;

  public InvoiceService(InvoiceQueries queries, AccountQueries accountQueries, Caller caller) {
    this.queries = queries;
    this.accountQueries = accountQueries;
    this.caller = caller;
  }

  /** Invoices of the accounts the caller may see. */
  public Page<Billed> list(Filter filter, PageRequest page, String sortParam) {
    Page<Invoice> invoices = queries.list(filter, caller.visibility(), page, sortParam);
    Map<UUID, List<InvoicePayment>> payments =
        queries.paymentsOf(invoices.items().stream().map(i -> i.id).toList());
    return invoices.map(i -> new Billed(i, payments.getOrDefault(i.id, List.of())));
  }

  public Billed get(UUID id) {
    return new Billed(find(id, LockModeType.NONE), payments(id));
  }

  /** The payments of one invoice, oldest first. */
  List<InvoicePayment> payments(UUID id) {
    return queries.paymentsOf(List.of(id)).getOrDefault(id, List.of());
  }

  /**
   * The invoice to change, locked until the transaction ends (no two payments can overpay it), if
   * the caller may see it and `expectedVersion` (If-Match) is its version.
   */
  Invoice lock(UUID id, OptionalLong expectedVersion) {
    Invoice invoice = find(id, LockModeType.PESSIMISTIC_WRITE);
    ETags.checkIfMatch(expectedVersion, invoice.version);
    return invoice;
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
}
