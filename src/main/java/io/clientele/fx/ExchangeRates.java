package io.clientele.fx;

import io.clientele.common.Money;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Problem;
import io.clientele.web.ProblemException;
import io.clientele.web.ProblemKind;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Monthly rates into the reporting currency. Reports convert in SQL by joining exchange_rate on
 * (currency, month of the date that places the amount in the period); a rate they need and do not
 * find is a 422 naming it ({@link #missing}), never a silent zero.
 */
@ApplicationScoped
public class ExchangeRates {
  private static final List<SortField<ExchangeRate>> SORTABLE =
      List.of(
          new SortField<>("currency", "r.currency", "text", r -> r.currency),
          new SortField<>("month", "r.month", "date", r -> r.month));

  private final EntityManager em;
  private final String reportingCurrency;

  public ExchangeRates(
      EntityManager em,
      @ConfigProperty(name = "clientele.reporting-currency", defaultValue = "USD")
          String reportingCurrency) {
    this.em = em;
    this.reportingCurrency = Currency.getInstance(reportingCurrency).getCurrencyCode();
  }

  public String reportingCurrency() {
    return reportingCurrency;
  }

  /** How many decimals report amounts are rounded to: the reporting currency's own. */
  public int reportingDecimals() {
    return Money.decimalsOf(reportingCurrency);
  }

  /**
   * SQL aggregate listing, as "EUR 2026-01" texts, the currencies and months whose converted
   * `amount` came out null because no rate was found; an empty array when none did.
   */
  public static String missingRatesSql(String amount, String currency, String month) {
    // aggregating only the rows without a rate: a distinct over every row would sort them all
    return "coalesce(array_agg(distinct %2$s || ' ' || to_char(%3$s, 'YYYY-MM')) filter (where %1$s is null), '{}')"
        .formatted(amount, currency, month);
  }

  /** The 422 for rates a report needs and does not have; `missing` holds "EUR 2026-01" items. */
  public static ProblemException missing(List<String> missing) {
    return new ProblemException(
        ProblemKind.VALIDATION,
        "No exchange rate for "
            + String.join(", ", missing)
            + ": add it at /api/v1/exchange-rates before asking for this report",
        missing.stream().map(m -> new Problem.FieldError("exchangeRate", "missing " + m)).toList());
  }

  /** Rates by currency then month; expects exchange_rate_currency_month_key. */
  public Page<ExchangeRate> list(
      String currency, YearMonth from, YearMonth to, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere();
    if (currency != null) {
      where.and("r.currency = " + where.param("currency", currency));
    }
    if (from != null) {
      where.and("r.month >= " + where.param("from", from.atDay(1)));
    }
    if (to != null) {
      where.and("r.month <= " + where.param("to", to.atDay(1)));
    }
    Sort<ExchangeRate> sort = Sort.parse(sortParam, "currency,month", SORTABLE, "r.id", r -> r.id);
    return sort.fetch(em, "select r.* from exchange_rate r", where, page, ExchangeRate.class);
  }

  @Transactional
  public ExchangeRate create(ExchangeRateInput input) {
    checkCurrency(input.currency());
    if (find(input.currency(), input.month()).isPresent()) {
      throw ProblemException.conflict(
          "A rate for "
              + input.currency()
              + " "
              + input.month()
              + " exists: PUT /api/v1/exchange-rates/"
              + input.currency()
              + "/"
              + input.month()
              + " replaces it");
    }
    ExchangeRate rate = new ExchangeRate();
    rate.currency = input.currency();
    rate.month = input.month().atDay(1);
    rate.rate = input.rate();
    rate.persist();
    rate.flush();
    return rate;
  }

  public record Put(ExchangeRate rate, boolean created) {}

  /** Sets the rate of a currency and month, creating it if needed. */
  @Transactional
  public Put put(String currency, YearMonth month, ExchangeRateInput input) {
    if (!input.currency().equals(currency) || !input.month().equals(month)) {
      throw ProblemException.invalidField(
          "currency", "the body's currency and month must match the path");
    }
    checkCurrency(input.currency());
    Optional<ExchangeRate> existing = find(input.currency(), input.month());
    if (existing.isEmpty()) {
      return new Put(create(input), true);
    }
    ExchangeRate rate = existing.get();
    if (rate.rate.compareTo(input.rate()) != 0) {
      rate.rate = input.rate();
      rate.flush();
    }
    return new Put(rate, false);
  }

  private Optional<ExchangeRate> find(String currency, YearMonth month) {
    return ExchangeRate.find("currency = ?1 and month = ?2", currency, month.atDay(1))
        .firstResultOptional();
  }

  private void checkCurrency(String currency) {
    try {
      Money.requireAccepted(currency);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("currency", e.getMessage());
    }
    if (currency.equals(reportingCurrency)) {
      throw ProblemException.invalidField(
          "currency", "is the reporting currency: its rate is always 1");
    }
  }
}
