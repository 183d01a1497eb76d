package io.clientele.pnl;

import io.clientele.common.Money;
import io.clientele.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Invoice", description = "An invoice with its payments")
public record InvoiceDto(
    UUID id,
    @Schema(example = "INV-2026-0012") String number,
    UUID accountId,
    @Schema(example = "2026-01-15") LocalDate issueDate,
    @Schema(example = "2026-02-14") LocalDate dueDate,
    Money amount,
    InvoiceStatus status,
    @Schema(description = "What the payments add up to") Money paid,
    @Schema(description = "What is still expected: amount - paid; zero once void or written off")
        Money outstanding,
    @Schema(
            description = "The day it was settled by its last payment, voided or written off",
            nullable = true)
        LocalDate closedOn,
    @Schema(description = "Why it was voided or written off", nullable = true) String closingNote,
    @Schema(nullable = true) String description,
    @Schema(description = "Oldest first") List<Payment> payments,
    @Schema(description = "The moves allowed from the current status (paid is reached by payments)")
        List<InvoiceStatus> allowedTransitions,
    @Schema(example = "0") long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {

  @Schema(name = "InvoicePayment")
  public record Payment(
      UUID id,
      @Schema(example = "2026-02-10") LocalDate date,
      Money amount,
      @Schema(nullable = true) String reference,
      @Schema(nullable = true) UUID recordedBy,
      Instant createdAt) {}

  static InvoiceDto from(Invoice invoice, List<InvoicePayment> payments) {
    return new InvoiceDto(
        invoice.id,
        invoice.number,
        invoice.accountId,
        invoice.issueDate,
        invoice.dueDate,
        invoice.money(),
        invoice.status(),
        new Money(invoice.paidAmount, invoice.currency),
        new Money(invoice.outstanding(), invoice.currency),
        invoice.closedOn,
        invoice.closingNote,
        invoice.description,
        payments.stream()
            .map(
                p ->
                    new Payment(
                        p.id,
                        p.paidOn,
                        new Money(p.amount, invoice.currency),
                        p.reference,
                        p.recordedBy,
                        p.createdAt))
            .toList(),
        invoice.status().next(),
        invoice.version,
        invoice.createdAt,
        invoice.updatedAt);
  }
}
