package io.clientele.pnl;

import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostInput", description = "A cost entry to post")
public record CostInput(
    @Schema(description = "The day the cost is incurred", example = "2026-01-31") @NotNull
        LocalDate date,
    @NotNull CostCategory category,
    @Schema(description = "Positive; a correction is a reversing entry") @NotNull @Valid
        Money amount,
    @Schema(example = "Q1 media buy") @Size(max = 500) String description,
    @Schema(description = "The ledger's or supplier's reference", example = "PO-7781")
        @Size(max = 100)
        String reference) {}
