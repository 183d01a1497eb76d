package io.clientele.common;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An exact amount in an ISO 4217 currency. The amount travels as a decimal string, never a binary
 * float, and is kept at the currency's own number of decimals (2 for EUR, 0 for JPY).
 *
 * <p>What a request may send is decided here, for every money input alike: the amount's text by
 * {@link #parseAmount}, the currency by {@link #requireAccepted} (web.MoneyJson reads them so).
 */
@Schema(name = "Money", description = "An exact amount with its ISO 4217 currency")
public record Money(
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            pattern = AMOUNT_PATTERN,
            description =
                "Decimal string (a JSON string, not a number) with at most 15 integer digits and at"
                    + " most as many decimals as the currency has; no spaces",
            example = "2400000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @NotNull
        BigDecimal amount,
    @Schema(
            description =
                "An active ISO 4217 currency code, one some country uses today: funds, test,"
                    + " precious-metal and withdrawn codes (XXX, XTS, XAU, XDR, DEM, ...) are refused",
            pattern = "^[A-Z]{3}$",
            example = "EUR")
        @NotNull
        String currency) {

  public static final String AMOUNT_PATTERN = "^-?[0-9]{1,15}(\\.[0-9]+)?$";
  private static final Pattern AMOUNT = Pattern.compile(AMOUNT_PATTERN);
  public static final String AMOUNT_RULE =
      "must be a decimal string with at most 15 integer digits, e.g. \"2400000.00\"";

  /**
   * The currencies some country uses today, by the JDK's ISO 4217 data: the codes of funds (BOV,
   * CLF), tests (XTS, XXX), precious metals (XAU), special drawing rights (XDR) and withdrawn
   * currencies (DEM, HRK) belong to no country, so they are not here.
   */
  private static final Set<String> ACCEPTED = accepted();

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

  /**
   * The currency a request names, if it is an active one.
   *
   * @throws IllegalArgumentException saying why not
   */
  public static String requireAccepted(String currency) {
    if (!ACCEPTED.contains(currency)) {
      throw new IllegalArgumentException(
          "unknown ISO 4217 currency '"
              + currency
              + "': use the code of a currency in use today, like EUR or USD");
    }
    return currency;
  }

  /**
   * A request's amount text as a number: at most 15 integer digits (the database keeps 16), no
   * exponent, no spaces.
   *
   * @throws IllegalArgumentException saying why not
   */
  public static BigDecimal parseAmount(String text) {
    if (text == null || !AMOUNT.matcher(text).matches()) {
      throw new IllegalArgumentException(AMOUNT_RULE);
    }
    return new BigDecimal(text);
  }

  /** Null-tolerant factory for optional money columns. */
  public static Money ofNullable(BigDecimal amount, String currency) {
    return amount == null ? null : new Money(amount, currency.trim());
  }

  private static Set<String> accepted() {
    Set<String> codes = new TreeSet<>();
    for (String country : Locale.getISOCountries()) {
      try {
        Currency used = Currency.getInstance(new Locale("", country));
        if (used != null) {
          codes.add(used.getCurrencyCode());
        }
      } catch (IllegalArgumentException e) {
        // a country the JDK has no currency data for
      }
    }
    return Set.copyOf(codes);
  }
}
