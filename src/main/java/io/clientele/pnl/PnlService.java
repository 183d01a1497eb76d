package io.clientele.pnl;

import io.clientele.fx.ExchangeRates;
import io.clientele.staff.Caller;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The company's P&L document (the accounts the caller may see); one account's is {@link
 * AccountPnlService}'s.
 */
@ApplicationScoped
public class PnlService {
  /** Longest range a P&L covers: ten years of months. */
  static final int MAX_MONTHS = 120;

  public enum Granularity {
    month,
    quarter,
    half,
    year
  }

  @Schema(name = "PnlGroupBy")
  public enum GroupBy {
    account,
    director,
    region,
    month
  }

  private final PnlQueries queries;
  private final ExchangeRates rates;
  private final Caller caller;

  public PnlService(PnlQueries queries, ExchangeRates rates, Caller caller) {
    this.queries = queries;
    this.rates = rates;
    this.caller = caller;
  }

  public CompanyPnl company(YearMonth from, YearMonth to, GroupBy groupBy) {
    checkRange(from, to);
    int decimals = rates.reportingDecimals();
    PnlQueries.Key key = PnlQueries.Key.valueOf(groupBy.name().toUpperCase());
    List<PnlQueries.Sums> sums =
        queries.sums(key, from, to, null, caller.visibility(), rates.reportingCurrency(), decimals);
    checkRates(sums);
    List<PnlRow> rows = new ArrayList<>();
    PnlAmounts total = PnlAmounts.zero();
    if (groupBy == GroupBy.month) {
      Map<String, PnlAmounts> byMonth = byKey(sums);
      for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
        PnlAmounts amounts = byMonth.getOrDefault(month.toString(), PnlAmounts.zero());
        rows.add(PnlRow.of(month.toString(), null, month.toString(), amounts, decimals));
        total = total.plus(amounts);
      }
    } else {
      List<PnlQueries.Sums> ordered = new ArrayList<>(sums);
      // by name, the row without a director or region last
      ordered.sort(
          Comparator.comparing((PnlQueries.Sums s) -> s.key().isEmpty())
              .thenComparing(s -> s.name() == null ? "" : s.name(), String.CASE_INSENSITIVE_ORDER)
              .thenComparing(PnlQueries.Sums::key));
      for (PnlQueries.Sums s : ordered) {
        String name = s.key().isEmpty() ? "(no " + groupBy.name() + ")" : s.name();
        rows.add(PnlRow.of(s.key(), name, null, s.amounts(), decimals));
        total = total.plus(s.amounts());
      }
    }
    return new CompanyPnl(
        from,
        to,
        groupBy,
        rates.reportingCurrency(),
        rows,
        PnlRow.of("total", null, null, total, decimals));
  }

  /** The rows by key, once every rate they need is there. */
  static Map<String, PnlAmounts> byKey(List<PnlQueries.Sums> sums) {
    checkRates(sums);
    Map<String, PnlAmounts> byKey = new LinkedHashMap<>();
    sums.forEach(s -> byKey.put(s.key(), s.amounts()));
    return byKey;
  }

  /** A 422 naming every rate the report needs and does not have. */
  private static void checkRates(List<PnlQueries.Sums> sums) {
    List<String> missing =
        sums.stream().flatMap(s -> s.missingRates().stream()).distinct().sorted().toList();
    if (!missing.isEmpty()) {
      throw ExchangeRates.missing(missing);
    }
  }

  static void checkRange(YearMonth from, YearMonth to) {
    if (from == null) {
      throw ProblemException.badParameter("from", "is required, e.g. 2026-01");
    }
    if (to == null) {
      throw ProblemException.badParameter("to", "is required, e.g. 2026-12");
    }
    if (to.isBefore(from)) {
      throw ProblemException.badParameter("to", "must not be before from");
    }
    if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
      throw ProblemException.badParameter("to", "a P&L covers at most " + MAX_MONTHS + " months");
    }
  }
}
