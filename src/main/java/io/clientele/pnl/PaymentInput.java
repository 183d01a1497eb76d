package io.clientele.pnl;

import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentInput", description = "A payment received against an issued invoice")
public record PaymentInput(
    @Schema(
            description = "The day it was received: not before the issue date, not in the future",
            example = "2026-02-10")
        @NotNull
        LocalDate date,
    @Schema(
            description =
                "Positive, in the invoice's currency, at most what is outstanding (partial payments are fine)")
        @NotNull
        @Valid
        Money amount,
    @Schema(nullable = true, example = "BANK-REF-88812") @Size(max = 100) String reference) {}
