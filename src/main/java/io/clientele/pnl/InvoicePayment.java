package io.clientele.pnl;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment received against an invoice, in the invoice's currency. */
@Entity
@Table(name = "invoice_payment")
public class InvoicePayment extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "invoice_id")
  public UUID invoiceId;

  @Column(name = "paid_on")
  public LocalDate paidOn;

  public BigDecimal amount;
  public String reference;

  @Column(name = "recorded_by")
  public UUID recordedBy;

  @Column(name = "created_at")
  public Instant createdAt;
}
