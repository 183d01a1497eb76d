package io.clientele.pnl;

import io.clientele.account.Account;
import io.clientele.account.AccountService;
import io.clientele.common.FiscalCalendar;
import io.clientele.common.FiscalPeriod;
import io.clientele.fx.ExchangeRates;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One account's P&L document: its months added up per month or fiscal quarter, half or year. */
@ApplicationScoped
public class AccountPnlService {
  /**
   * Posted revenue in the reporting currency, as the account's P&L adds it up; `missingRates` ("EUR
   * 2026-03") names each month and currency without a rate, whose revenue is left out.
   */
  public record Revenue(BigDecimal amount, List<String> missingRates) {}

  private final PnlQueries queries;
  private final AccountService accounts;
  private final ExchangeRates rates;
  private final FiscalCalendar calendar;

  public AccountPnlService(
      PnlQueries queries, AccountService accounts, ExchangeRates rates, FiscalCalendar calendar) {
    this.queries = queries;
    this.accounts = accounts;
    this.rates = rates;
    this.calendar = calendar;
  }

  public AccountPnl account(
      UUID accountId, YearMonth from, YearMonth to, PnlService.Granularity granularity) {
    Account account = accounts.get(accountId);
    PnlService.checkRange(from, to);
    int decimals = rates.reportingDecimals();
    List<PnlQueries.Sums> sums =
        queries.accountMonths(accountId, from, to, rates.reportingCurrency(), decimals);
    Map<String, PnlAmounts> byMonth = PnlService.byKey(sums);
    FiscalPeriod.Kind kind = FiscalPeriod.Kind.valueOf(granularity.name().toUpperCase());
    Map<String, PnlAmounts> byPeriod = new LinkedHashMap<>();
    PnlAmounts total = PnlAmounts.zero();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      PnlAmounts amounts = byMonth.getOrDefault(month.toString(), PnlAmounts.zero());
      String period = calendar.periodOf(kind, month.atDay(1)).label();
      byPeriod.merge(period, amounts, PnlAmounts::plus);
      total = total.plus(amounts);
    }
    List<PnlRow> rows = new ArrayList<>();
    byPeriod.forEach(
        (period, amounts) -> rows.add(PnlRow.of(period, null, period, amounts, decimals)));
    return new AccountPnl(
        account.id,
        account.name,
        from,
        to,
        granularity,
        rates.reportingCurrency(),
        rows,
        PnlRow.of("total", null, null, total, decimals));
  }

  /**
   * The account's posted revenue over months `from`..`to` (none when `to` is before `from`), by the
   * P&L's own reading and money rule: the figure its P&L shows for those months.
   */
  public Revenue revenue(UUID accountId, YearMonth from, YearMonth to) {
    accounts.get(accountId);
    if (to.isBefore(from)) {
      return new Revenue(BigDecimal.ZERO.setScale(rates.reportingDecimals()), List.of());
    }
    PnlQueries.Sums sums =
        queries.revenue(accountId, from, to, rates.reportingCurrency(), rates.reportingDecimals());
    return new Revenue(
        sums.amounts().revenue().setScale(rates.reportingDecimals()), sums.missingRates());
  }
}
