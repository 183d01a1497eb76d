package io.clientele.forecast;

import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A director's override of a report's latest call. */
@Schema(name = "AdjustmentInput")
public record AdjustmentInput(
    @Schema(description = "The report whose latest call is adjusted") @NotNull UUID staffId,
    @NotNull @Valid Money commit,
    @NotNull @Valid Money bestCase,
    @Schema(example = "Northwind renewal will not sign before year end") @NotBlank @Size(max = 2000)
        String reason) {}
