package io.clientele.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Currency;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An exact amount in an ISO 4217 currency. The amount travels as a decimal string, never a binary
 * float, and is kept at the currency's own number of decimals (2 for EUR, 0 for JPY).
 */
@Schema(name = "Money", description = "An exact amount with its ISO 4217 currency")
public record Money(
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            pattern = "^-?[0-9]+(\\.[0-9]+)?$",
            description = "Decimal string, at most as many decimals as the currency has",
            example = "2400000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @NotNull
        BigDecimal amount,
    @Schema(description = "ISO 4217 code", pattern = "^[A-Z]{3}$", example = "EUR") @NotNull
        String currency) {

  public Money {
    if (amount != null && currency != null) {
      int decimals;
      try {
        decimals = decimalsOf(currency);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown ISO 4217 currency '" + currency + "'");
      }
      if (amount.stripTrailingZeros().scale() > decimals) {
        throw new IllegalArgumentException(
            currency + " amounts have at most " + decimals + " decimals");
      }
      amount = amount.setScale(decimals);
    }
  }

  /**
   * How many decimals amounts in an ISO 4217 currency have (2 for EUR, 0 for JPY).
   *
   * @throws IllegalArgumentException for an unknown currency
   */
  public static int decimalsOf(String currency) {
    return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
  }

  /** Null-tolerant factory for optional money columns. */
  public static Money ofNullable(BigDecimal amount, String currency) {
    return amount == null ? null : new Money(amount, currency.trim());
  }
}
