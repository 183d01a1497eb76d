package io.clientele.forecast;

import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A forecast call: what the caller commits to, and their best case, in the reporting currency. */
@Schema(name = "CallInput")
public record CallInput(
    @Schema(description = "The commit call, in the reporting currency") @NotNull @Valid
        Money commit,
    @Schema(description = "The best case call, at least the commit") @NotNull @Valid Money bestCase,
    @Schema(nullable = true, example = "Two renewals slipped to January") @Size(max = 2000)
        String note) {}
