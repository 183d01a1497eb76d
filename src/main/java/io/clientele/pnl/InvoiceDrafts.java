package io.clientele.pnl;

import io.clientele.account.AccountService;
import io.clientele.web.MergePatch;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Drafting invoices: finance and admins create, change and delete drafts freely; once issued an
 * invoice changes only through {@link InvoiceMoves}. Every change locks the invoice row.
 */
@ApplicationScoped
public class InvoiceDrafts {
  private final InvoiceService invoices;
  private final AccountService accounts;
  private final MergePatch mergePatch;

  public InvoiceDrafts(InvoiceService invoices, AccountService accounts, MergePatch mergePatch) {
    this.invoices = invoices;
    this.accounts = accounts;
    this.mergePatch = mergePatch;
  }

  @Transactional
  public InvoiceService.Billed create(InvoiceInput input) {
    Invoice invoice = new Invoice();
    invoice.status = InvoiceStatus.DRAFT.label();
    invoice.paidAmount = BigDecimal.ZERO;
    apply(invoice, input);
    invoice.persist();
    invoice.flush();
    return new InvoiceService.Billed(invoice, List.of());
  }

  /** JSON Merge Patch over the draft's fields; an issued invoice answers 409. */
  @Transactional
  public InvoiceService.Billed update(UUID id, String patch, OptionalLong expectedVersion) {
    Invoice invoice = invoices.lock(id, expectedVersion);
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
    return invoices.get(id);
  }

  /** Only a draft may be deleted; an issued invoice is voided instead. */
  @Transactional
  public void delete(UUID id, OptionalLong expectedVersion) {
    Invoice invoice = invoices.lock(id, expectedVersion);
    if (invoice.status() != InvoiceStatus.DRAFT) {
      throw ProblemException.conflict(
          "Only a draft may be deleted; this invoice is " + invoice.status + ": void it instead");
    }
    invoice.delete();
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
}
