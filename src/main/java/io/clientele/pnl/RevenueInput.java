package io.clientele.pnl;

import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueInput", description = "A revenue entry to post")
public record RevenueInput(
    @Schema(description = "The day the revenue is recognised", example = "2026-01-15") @NotNull
        LocalDate date,
    @Schema(description = "Positive; a correction is a reversing entry") @NotNull @Valid
        Money amount,
    @Schema(example = "January retainer") @Size(max = 500) String description,
    @Schema(description = "The ledger's or invoice's reference", example = "INV-2026-0012")
        @Size(max = 100)
        String reference) {}
