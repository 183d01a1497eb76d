package io.clientele.pnl;

import io.clientele.common.Money;
import io.clientele.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "invoice")
public class Invoice extends VersionedEntity {
  public String number;

  @Column(name = "account_id")
  public UUID accountId;

  @Column(name = "issue_date")
  public LocalDate issueDate;

  @Column(name = "due_date")
  public LocalDate dueDate;

  public BigDecimal amount;
  public String currency;

  /** The lower-case {@link InvoiceStatus} label. */
  public String status;

  /** What the payments add up to. */
  @Column(name = "paid_amount")
  public BigDecimal paidAmount;

  /** The day it was settled by its last payment, voided or written off. */
  @Column(name = "closed_on")
  public LocalDate closedOn;

  @Column(name = "closing_note")
  public String closingNote;

  public String description;

  InvoiceStatus status() {
    return InvoiceStatus.of(status);
  }

  Money money() {
    return new Money(amount, currency);
  }

  /** What is still expected: nothing once voided or written off. */
  BigDecimal outstanding() {
    InvoiceStatus current = status();
    return current == InvoiceStatus.VOID || current == InvoiceStatus.WRITTEN_OFF
        ? BigDecimal.ZERO
        : amount.subtract(paidAmount);
  }
}
