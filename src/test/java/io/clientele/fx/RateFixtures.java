package io.clientele.fx;

import io.clientele.support.Sql;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/**
 * Monthly exchange rates into the reporting currency. Rates are shared by every test (one a
 * currency and month): a month that has one already keeps it, so each test class uses months of its
 * own, or reads back the rate that counts with {@link #rateOf}.
 */
public final class RateFixtures {
  private RateFixtures() {}

  /** 1 `currency` = `rate` USD in `month`, unless that month has a rate already. */
  public static void rate(String currency, YearMonth month, BigDecimal rate) {
    Sql.run(
        """
        insert into exchange_rate (id, currency, month, rate, created_at, updated_at)
        values (?1, ?2, ?3, ?4, now(), now()) on conflict do nothing
        """,
        UUID.randomUUID(),
        currency,
        month.atDay(1),
        rate);
  }

  /** Each currency's one rate for every month from `first` to `last`. */
  public static void rates(Map<String, BigDecimal> rates, YearMonth first, YearMonth last) {
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      for (var rate : rates.entrySet()) {
        rate(rate.getKey(), m, rate.getValue());
      }
    }
  }

  /** The rate that counts for `currency` in `month`. */
  public static BigDecimal rateOf(String currency, YearMonth month) {
    return new BigDecimal(
        Sql.text(
            "select rate from exchange_rate where currency = ?1 and month = ?2",
            currency,
            month.atDay(1)));
  }
}
