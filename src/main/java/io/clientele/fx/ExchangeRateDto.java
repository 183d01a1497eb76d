package io.clientele.fx;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.clientele.web.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeRateDto")
public record ExchangeRateDto(
    UUID id,
    @Schema(example = "EUR") String currency,
    @Schema(example = "2026-01") YearMonth month,
    @Schema(type = SchemaType.STRING, format = "decimal", example = "1.08")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal rate,
    @Schema(description = "The currency the rate converts into", example = "USD")
        String reportingCurrency,
    @Schema(example = "0") long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {

  static ExchangeRateDto from(ExchangeRate rate, String reportingCurrency) {
    return new ExchangeRateDto(
        rate.id,
        rate.currency,
        YearMonth.from(rate.month),
        rate.rate.stripTrailingZeros().scale() < 0
            ? rate.rate.setScale(0)
            : rate.rate.stripTrailingZeros(),
        reportingCurrency,
        rate.version,
        rate.createdAt,
        rate.updatedAt);
  }
}
