package io.clientele.pnl;

import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "InvoiceInput",
    description = "A draft invoice; while it is a draft every field may change")
public record InvoiceInput(
    @Schema(description = "Unique across all invoices", example = "INV-2026-0012")
        @NotBlank
        @Size(max = 50)
        String number,
    @Schema(description = "An account the caller may see") @NotNull UUID accountId,
    @Schema(example = "2026-01-15") @NotNull LocalDate issueDate,
    @Schema(description = "On or after the issue date", example = "2026-02-14") @NotNull
        LocalDate dueDate,
    @Schema(description = "Positive") @NotNull @Valid Money amount,
    @Schema(nullable = true, example = "January retainer") @Size(max = 500) String description) {

  static InvoiceInput from(Invoice invoice) {
    return new InvoiceInput(
        invoice.number,
        invoice.accountId,
        invoice.issueDate,
        invoice.dueDate,
        invoice.money(),
        invoice.description);
  }
}
