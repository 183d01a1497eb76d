package io.clientele.pnl;

import io.clientele.common.FiscalCalendar;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a report's converted cells come from: months cell by cell (pnl_month and budget_line, each
 * converted by the database's pnl_convert, the one money rule), or fiscal years from pnl_year (the
 * same cells converted and added up in advance by the database's triggers with that rule). Expects
 * pnl_month's primary key (one account), pnl_month_month_idx / budget_line_month_idx (months across
 * accounts) and pnl_year_year_idx.
 */
@ApplicationScoped
public class PnlCellQueries {
  private final EntityManager em;
  private final FiscalCalendar calendar;

  public PnlCellQueries(EntityManager em, FiscalCalendar calendar) {
    this.em = em;
    this.calendar = calendar;
  }

  /**
   * Rebuilds pnl_year when the currency, decimals or first month of the fiscal year given differ
   * from those it was built with (the database records them with the rollup); true when it did.
   */
  boolean rebuildYears(String reporting, int decimals, int yearStartMonth) {
    return (Boolean)
        em.createNativeQuery("select pnl_year_rebuild(:reporting, :decimals, :start)")
            .setParameter("reporting", reporting)
            .setParameter("decimals", decimals)
            .setParameter("start", yearStartMonth)
            .getSingleResult();
  }

  /**
   * Selects (`union all` parts) of the converted cells of months `from`..`to`: by month, every
   * month cell by cell; otherwise each fiscal year the range touches whole from pnl_year, mostly
   * covered (7+ months) from pnl_year less the months outside the range, else its months in the
   * range cell by cell. `accounts` is a condition on `%s.account_id` (or empty).
   */
  List<String> parts(
      SqlWhere where,
      boolean byMonth,
      YearMonth from,
      YearMonth to,
      String accounts,
      String reporting,
      int decimals) {
    List<String> parts = new ArrayList<>();
    if (byMonth) {
      parts.add(monthCells(where, from, to, 1, accounts, reporting, decimals));
      return parts;
    }
    int startMonth = calendar.yearStartMonth();
    for (int year = fiscalYear(from, startMonth); year <= fiscalYear(to, startMonth); year++) {
      YearMonth first = YearMonth.of(year, startMonth);
      YearMonth last = first.plusMonths(11);
      YearMonth coveredFrom = from.isAfter(first) ? from : first;
      YearMonth coveredTo = to.isBefore(last) ? to : last;
      long covered = coveredFrom.until(coveredTo, ChronoUnit.MONTHS) + 1;
      if (covered > 6) {
        parts.add(
            """
            select y.account_id, cast(null as date) as month, y.category, y.budget,
                   y.converted as amount, y.months as cells,
                   nullif(array_to_string(y.missing, ','), '') as missing
            from pnl_year y where y.year = %s%s
            """
                .formatted(where.param("year" + year, year), accounts.formatted("y")));
        if (coveredFrom.isAfter(first)) {
          parts.add(
              monthCells(
                  where, first, coveredFrom.minusMonths(1), -1, accounts, reporting, decimals));
        }
        if (coveredTo.isBefore(last)) {
          parts.add(
              monthCells(where, coveredTo.plusMonths(1), last, -1, accounts, reporting, decimals));
        }
      } else {
        parts.add(monthCells(where, coveredFrom, coveredTo, 1, accounts, reporting, decimals));
      }
    }
    return parts;
  }

  private static int fiscalYear(YearMonth month, int startMonth) {
    return month.getMonthValue() >= startMonth ? month.getYear() : month.getYear() - 1;
  }

  /**
   * The cells of months `from`..`to` converted by pnl_convert, each with the "EUR 2026-03" text of
   * its missing rate, if any; with `sign` -1 they are taken off (months of a rolled-up year outside
   * the range).
   */
  private static String monthCells(
      SqlWhere where,
      YearMonth from,
      YearMonth to,
      int sign,
      String accounts,
      String reporting,
      int decimals) {
    String range =
        "between "
            + where.param("from_" + from.getYear() + "_" + from.getMonthValue(), from.atDay(1))
            + " and "
            + where.param("to_" + to.getYear() + "_" + to.getMonthValue(), to.atDay(1));
    return """
        select c.account_id, c.month, c.category, c.budget,
               %6$d * c.converted as amount, %6$d as cells,
               case when %6$d > 0 and c.converted is null
                    then c.currency || ' ' || to_char(c.month, 'YYYY-MM') end as missing
        from (
          select c.account_id, c.month, c.category, c.currency, c.budget,
                 pnl_convert(c.amount, c.currency, fx.rate, %1$s, %2$d) as converted
          from (
            select m.account_id, m.month, m.category, m.currency, false as budget, m.amount
            from pnl_month m where m.month %3$s%4$s
            union all
            select l.account_id, l.month, l.category, l.currency, true, l.amount
            from budget_line l where l.month %3$s%5$s
          ) c
          left join exchange_rate fx on fx.currency = c.currency and fx.month = c.month
        ) c
        """
        .formatted(
            where.param("reporting", reporting),
            decimals,
            range,
            accounts.formatted("m"),
            accounts.formatted("l"),
            sign);
  }
}
