package io.clientele.pnl;

import io.clientele.common.Money;
import io.clientele.common.Timestamps;
import io.clientele.fx.ExchangeRates;
import io.clientele.staff.Caller;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Receivables aging: what the accounts the caller may see owed at the end of a day, by days past
 * due, with DSO, computed from invoices and dated payments so any past day can be asked for.
 */
@ApplicationScoped
public class ReceivablesService {
  /** DSO measures the receivables against the sales of this many days up to asOf. */
  static final int DSO_WINDOW_DAYS = 90;

  static final int LONG_OUTSTANDING_LIMIT = 100;

  @Schema(name = "AgingGroupBy")
  public enum GroupBy {
    account,
    director
  }

  private final EntityManager em;
  private final ExchangeRates rates;
  private final Caller caller;

  public ReceivablesService(EntityManager em, ExchangeRates rates, Caller caller) {
    this.em = em;
    this.rates = rates;
    this.caller = caller;
  }

  /**
   * Per invoice as of `asOf`: outstanding (amount less payments received by then; zero once voided
   * or written off by then) and sales (the amount, when issued in the DSO window and not voided by
   * then), both converted at the issue month's rate and rounded; `days` past due.
   */
  private String invoicesAsOf(SqlWhere where, LocalDate asOf, boolean directors) {
    caller.visibility().account(where, "a.owner_id", "a.id");
    String visible = where.sql();
    String day = where.param("asOf", asOf);
    String rate =
        "case when f.currency = "
            + where.param("reporting", rates.reportingCurrency())
            + " then 1 else fx.rate end";
    String decimals = where.param("decimals", rates.reportingDecimals());
    return """
        with recursive %1$s
        figures as (
          select i.id, i.number, i.account_id, i.issue_date, i.due_date, i.currency,
                 case when i.status in ('void', 'written_off') and i.closed_on <= %2$s then 0
                      else i.amount - coalesce(paid.amount, 0) end as outstanding,
                 case when i.issue_date > %3$s and not (i.status = 'void' and i.closed_on <= %2$s)
                      then i.amount else 0 end as sales
          from invoice i
          join account a on a.id = i.account_id
          left join lateral (
            select sum(p.amount) as amount from invoice_payment p
            where p.invoice_id = i.id and p.paid_on <= %2$s
          ) paid on true
          where i.status <> 'draft' and i.issue_date <= %2$s and %4$s
        ),
        aged as (
          select f.id, f.number, f.account_id, f.due_date, f.currency, f.issue_date, f.outstanding,
                 %2$s - f.due_date as days,
                 round_half_even(f.outstanding * %5$s, %6$s) as outstanding_converted,
                 round_half_even(f.sales * %5$s, %6$s) as sales_converted
          from figures f
          left join exchange_rate fx
                 on fx.currency = f.currency and fx.month = cast(date_trunc('month', f.issue_date) as date)
          where f.outstanding <> 0 or f.sales <> 0
        )
        """
        .formatted(
            directors ? PnlQueries.DIRECTOR_OF : "",
            day,
            where.param("windowStart", asOf.minusDays(DSO_WINDOW_DAYS)),
            visible,
            rate,
            decimals);
  }

  public AgingReport aging(LocalDate asOfParam, GroupBy groupBy) {
    LocalDate asOf =
        asOfParam == null ? LocalDate.ofInstant(Timestamps.now(), ZoneOffset.UTC) : asOfParam;
    int decimals = rates.reportingDecimals();
    SqlWhere where = new SqlWhere();
    String cte = invoicesAsOf(where, asOf, groupBy == GroupBy.director);
    String key =
        groupBy == GroupBy.account
            ? "cast(a.id as text), a.name"
            : "coalesce(cast(d.director_id as text), ''), ds.name";
    String joins =
        groupBy == GroupBy.account
            ? "join account a on a.id = g.account_id"
            : """
              join account a on a.id = g.account_id
              left join director_of d on d.staff_id = a.owner_id
              left join staff ds on ds.id = d.director_id
              """;
    String sql =
        cte
            + """
            select %1$s,
              coalesce(sum(g.outstanding_converted) filter (where g.days <= 0), 0),
              coalesce(sum(g.outstanding_converted) filter (where g.days between 1 and 30), 0),
              coalesce(sum(g.outstanding_converted) filter (where g.days between 31 and 60), 0),
              coalesce(sum(g.outstanding_converted) filter (where g.days between 61 and 90), 0),
              coalesce(sum(g.outstanding_converted) filter (where g.days > 90), 0),
              coalesce(sum(g.sales_converted), 0),
              %2$s
            from aged g
            %3$s
            group by 1, 2
            """
                .formatted(
                    key,
                    ExchangeRates.missingRatesSql(
                        "g.outstanding_converted", "g.currency", "g.issue_date"),
                    joins);
    @SuppressWarnings("unchecked")
    List<Object[]> found = where.bind(em.createNativeQuery(sql)).getResultList();
    List<String> missing =
        found.stream()
            .filter(r -> r[8] != null)
            .flatMap(r -> Arrays.stream((String[]) r[8]))
            .distinct()
            .sorted()
            .toList();
    if (!missing.isEmpty()) {
      throw ExchangeRates.missing(missing);
    }
    List<AgingReport.Row> rows = new ArrayList<>();
    BigDecimal[] total = zeros(6);
    for (Object[] r : found) {
      BigDecimal[] figures = new BigDecimal[6];
      for (int i = 0; i < 6; i++) {
        figures[i] = ((BigDecimal) r[2 + i]).setScale(decimals, RoundingMode.UNNECESSARY);
        total[i] = total[i].add(figures[i]);
      }
      String rowKey = (String) r[0];
      String name = rowKey.isEmpty() ? "(no director)" : (String) r[1];
      rows.add(row(rowKey, name, figures));
    }
    rows.sort(
        Comparator.comparing((AgingReport.Row r) -> r.key().isEmpty())
            .thenComparing(r -> r.name() == null ? "" : r.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(AgingReport.Row::key));
    for (int i = 0; i < 6; i++) {
      total[i] = total[i].setScale(decimals, RoundingMode.UNNECESSARY);
    }
    SqlWhere longWhere = new SqlWhere();
    String longSql =
        invoicesAsOf(longWhere, asOf, false)
            + """
            select g.id, g.number, g.account_id, a.name, g.due_date, g.days, g.outstanding,
                   g.currency, g.outstanding_converted, count(*) over ()
            from aged g join account a on a.id = g.account_id
            where g.days > 90 and g.outstanding > 0
            order by g.days desc, g.outstanding_converted desc, g.id
            limit %d
            """
                .formatted(LONG_OUTSTANDING_LIMIT);
    @SuppressWarnings("unchecked")
    List<Object[]> overdue = longWhere.bind(em.createNativeQuery(longSql)).getResultList();
    List<AgingReport.LongOutstanding> longOutstanding =
        overdue.stream()
            .map(
                r ->
                    new AgingReport.LongOutstanding(
                        (UUID) r[0],
                        (String) r[1],
                        (UUID) r[2],
                        (String) r[3],
                        (LocalDate) r[4],
                        ((Number) r[5]).longValue(),
                        new Money((BigDecimal) r[6], ((String) r[7]).trim()),
                        ((BigDecimal) r[8]).setScale(decimals, RoundingMode.UNNECESSARY)))
            .toList();
    long longCount = overdue.isEmpty() ? 0 : ((Number) overdue.get(0)[9]).longValue();
    return new AgingReport(
        asOf,
        groupBy,
        rates.reportingCurrency(),
        DSO_WINDOW_DAYS,
        rows,
        row("total", "Total", total),
        longOutstanding,
        longCount);
  }

  /** figures: current, 1-30, 31-60, 61-90, 90+, sales. */
  private static AgingReport.Row row(String key, String name, BigDecimal[] figures) {
    BigDecimal outstanding =
        figures[0].add(figures[1]).add(figures[2]).add(figures[3]).add(figures[4]);
    BigDecimal sales = figures[5];
    BigDecimal dso =
        sales.signum() == 0
            ? null
            : outstanding
                .multiply(BigDecimal.valueOf(DSO_WINDOW_DAYS))
                .divide(sales, 1, RoundingMode.HALF_EVEN);
    return new AgingReport.Row(
        key,
        name,
        figures[0],
        figures[1],
        figures[2],
        figures[3],
        figures[4],
        outstanding,
        sales,
        dso);
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] zeros = new BigDecimal[n];
    Arrays.fill(zeros, BigDecimal.ZERO);
    return zeros;
  }
}
