package io.clientele.fx;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ExchangeRateInput",
    description = "1 `currency` = `rate` reporting-currency units in `month`")
public record ExchangeRateInput(
    @Schema(
            description =
                "An active ISO 4217 code, as for Money (XXX, XAU, withdrawn codes are refused)",
            example = "EUR")
        @NotNull
        @Pattern(regexp = "^[A-Z]{3}$")
        String currency,
    @Schema(description = "Calendar month", example = "2026-01") @NotNull YearMonth month,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            description = "Reporting-currency units per unit of `currency`, up to 10 decimals",
            example = "1.08")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @Digits(integer = 10, fraction = 10)
        BigDecimal rate) {}
