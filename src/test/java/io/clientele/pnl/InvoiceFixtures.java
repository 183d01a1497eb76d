package io.clientele.pnl;

import io.clientele.support.Fixtures;
import io.clientele.support.Sql;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Invoices written as they stand, with their payments (their workflow has its own tests):
 * `InvoiceFixtures.anInvoice().on(account).issued("2026-03-01").amount("1000", "USD")
 * .paid("2026-05-10", "500").status("written_off").closedOn("2026-08-01").create()`. Defaults:
 * issued 2026-01-01, due 30 days later, 100.00 USD, issued status; the paid amount is the sum of
 * the payments. The row is also the value a brute-force oracle reads back.
 */
public final class InvoiceFixtures {
  private InvoiceFixtures() {}

  public static InvoiceRow anInvoice() {
    return new InvoiceRow();
  }

  public record Payment(LocalDate date, BigDecimal amount) {}

  public static final class InvoiceRow {
    private UUID id;
    private UUID account;
    private LocalDate issued = LocalDate.of(2026, 1, 1);
    private LocalDate due;
    private BigDecimal amount = new BigDecimal("100.00");
    private String currency = "USD";
    private String status = "issued";
    private LocalDate closedOn;
    private final List<Payment> payments = new ArrayList<>();

    private InvoiceRow() {}

    public InvoiceRow on(UUID account) {
      this.account = account;
      return this;
    }

    public InvoiceRow issued(String issued) {
      return issued(LocalDate.parse(issued));
    }

    public InvoiceRow issued(LocalDate issued) {
      this.issued = issued;
      return this;
    }

    public InvoiceRow due(String due) {
      return due(LocalDate.parse(due));
    }

    public InvoiceRow due(LocalDate due) {
      this.due = due;
      return this;
    }

    public InvoiceRow amount(String amount, String currency) {
      return amount(new BigDecimal(amount), currency);
    }

    public InvoiceRow amount(BigDecimal amount, String currency) {
      this.amount = amount;
      this.currency = currency;
      return this;
    }

    /** Draft, issued, paid, void or written_off; the last three need {@link #closedOn}. */
    public InvoiceRow status(String status) {
      this.status = status;
      return this;
    }

    public InvoiceRow closedOn(String closedOn) {
      return closedOn(LocalDate.parse(closedOn));
    }

    public InvoiceRow closedOn(LocalDate closedOn) {
      this.closedOn = closedOn;
      return this;
    }

    public InvoiceRow paid(String date, String amount) {
      return paid(LocalDate.parse(date), new BigDecimal(amount));
    }

    public InvoiceRow paid(LocalDate date, BigDecimal amount) {
      payments.add(new Payment(date, amount));
      return this;
    }

    /** Forgets the payments added so far (a draft was never paid). */
    public InvoiceRow unpaid() {
      payments.clear();
      return this;
    }

    public UUID create() {
      id = UUID.randomUUID();
      Sql.run(
          """
          insert into invoice (id, number, account_id, issue_date, due_date, amount, currency, status,
                               paid_amount, closed_on, created_at, updated_at)
          values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as date), now(), now())
          """,
          id,
          Fixtures.unique("INV"),
          account,
          issued,
          due(),
          amount,
          currency,
          status,
          paidAmount(),
          closedOn);
      for (Payment p : payments) {
        Sql.run(
            """
            insert into invoice_payment (id, invoice_id, paid_on, amount, created_at)
            values (?1, ?2, ?3, ?4, now())
            """,
            UUID.randomUUID(),
            id,
            p.date(),
            p.amount());
      }
      return id;
    }

    /** The id `create()` gave it. */
    public UUID id() {
      return id;
    }

    public UUID account() {
      return account;
    }

    public LocalDate issued() {
      return issued;
    }

    public LocalDate due() {
      return due != null ? due : issued.plusDays(30);
    }

    public BigDecimal amount() {
      return amount;
    }

    public String currency() {
      return currency;
    }

    public String status() {
      return status;
    }

    public LocalDate closedOn() {
      return closedOn;
    }

    public List<Payment> payments() {
      return List.copyOf(payments);
    }

    public BigDecimal paidAmount() {
      return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }
}
