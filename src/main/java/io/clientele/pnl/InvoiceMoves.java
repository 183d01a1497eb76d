package io.clientele.pnl;

import io.clientele.common.Ids;
import io.clientele.common.Timestamps;
import io.clientele.staff.Caller;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * An invoice's life after drafting: issuing it, payments, voiding and writing off. Every move locks
 * the invoice row, so concurrent payments can never overpay it.
 */
@ApplicationScoped
public class InvoiceMoves {
  private final InvoiceService invoices;
  private final Caller caller;

  public InvoiceMoves(InvoiceService invoices, Caller caller) {
    this.invoices = invoices;
    this.caller = caller;
  }

  @Transactional
  public InvoiceService.Billed issue(UUID id, OptionalLong expectedVersion) {
    Invoice invoice = invoices.lock(id, expectedVersion);
    move(invoice, InvoiceStatus.ISSUED);
    invoice.status = InvoiceStatus.ISSUED.label();
    invoice.flush();
    return invoices.get(id);
  }

  /** Void (a draft, or an issued invoice without payments) or write off (an issued one). */
  @Transactional
  public InvoiceService.Billed close(
      UUID id, InvoiceStatus to, ClosingInput input, OptionalLong expectedVersion) {
    Invoice invoice = invoices.lock(id, expectedVersion);
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
    return invoices.get(id);
  }

  /** A payment; the one that settles the outstanding amount makes the invoice paid. */
  @Transactional
  public InvoiceService.Billed pay(UUID id, PaymentInput input, OptionalLong expectedVersion) {
    Invoice invoice = invoices.lock(id, expectedVersion);
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
        invoices.payments(id).stream()
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
    return invoices.get(id);
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
}
