package io.clientele.pnl;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ClosingInput",
    description = "When and why an invoice is voided or written off; the body may be omitted")
public record ClosingInput(
    @Schema(
            description = "Defaults to today; not before the issue date, not in the future",
            example = "2026-06-30")
        LocalDate date,
    @Schema(nullable = true, example = "Client in administration") @Size(max = 500) String note) {}
