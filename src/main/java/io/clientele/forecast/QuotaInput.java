package io.clientele.forecast;

import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuotaInput")
public record QuotaInput(
    @Schema(description = "Someone below the caller (directors) or anyone (admins)") @NotNull
        UUID staffId,
    @Schema(description = "A fiscal quarter, half or year", example = "2026-Q4") @NotBlank
        String period,
    @Schema(description = "Amount >= 0") @NotNull @Valid Money amount) {}
