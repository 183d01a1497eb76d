package io.clientele.pnl;

import io.clientele.common.Money;
import io.clientele.fx.ExchangeRates;
import io.clientele.staff.Visibility;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * SQL of receivables aging: the invoices of the accounts the caller may see as they stood at the
 * end of a day, converted by the database's pnl_convert at their issue month's rate. Expects
 * invoice_issue_idx (invoices issued by the day) and invoice_payment_invoice_idx (their payments).
 */
@ApplicationScoped
public class ReceivablesQueries {
  /** One account's or director's row: current, 1-30, 31-60, 61-90, 90+ and sales, converted. */
  record Group(String key, String name, BigDecimal[] figures, String[] missingRates) {}

  /** The invoices more than 90 days past due (at most `limit`) and how many there are in all. */
  record Overdue(List<AgingReport.LongOutstanding> invoices, long count) {}

  private final EntityManager em;

  public ReceivablesQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * Per invoice as of `asOf`: outstanding (amount less payments received by then; zero once voided
   * or written off by then) and sales (the amount, when issued in the DSO window and not voided by
   * then), both converted at the issue month's rate and rounded; `days` past due.
   */
  private static String invoicesAsOf(
      SqlWhere where,
      Visibility visibility,
      LocalDate asOf,
      String reporting,
      int decimals,
      boolean directors) {
    visibility.account(where, "a.owner_id", "a.id");
    String visible = where.sql();
    String day = where.param("asOf", asOf);
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
                 pnl_convert(f.outstanding, f.currency, fx.rate, %5$s, %6$s)
                   as outstanding_converted,
                 pnl_convert(f.sales, f.currency, fx.rate, %5$s, %6$s) as sales_converted
          from figures f
          left join exchange_rate fx
                 on fx.currency = f.currency
                and fx.month = cast(date_trunc('month', f.issue_date) as date)
          where f.outstanding <> 0 or f.sales <> 0
        )
        """
        .formatted(
            directors ? PnlQueries.DIRECTOR_OF : "",
            day,
            where.param("windowStart", asOf.minusDays(ReceivablesService.DSO_WINDOW_DAYS)),
            visible,
            where.param("reporting", reporting),
            where.param("decimals", decimals));
  }

  /** The rows per account or director, unsorted, with the rates each lacks ("EUR 2026-01"). */
  List<Group> groups(
      Visibility visibility,
      LocalDate asOf,
      ReceivablesService.GroupBy groupBy,
      String reporting,
      int decimals) {
    boolean byAccount = groupBy == ReceivablesService.GroupBy.account;
    SqlWhere where = new SqlWhere();
    String cte = invoicesAsOf(where, visibility, asOf, reporting, decimals, !byAccount);
    String key =
        byAccount
            ? "cast(a.id as text), a.name"
            : "coalesce(cast(d.director_id as text), ''), ds.name";
    String joins =
        byAccount
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
    List<Object[]> rows = where.bind(em.createNativeQuery(sql)).getResultList();
    return rows.stream()
        .map(
            r -> {
              BigDecimal[] figures = new BigDecimal[6];
              for (int i = 0; i < 6; i++) {
                figures[i] = (BigDecimal) r[2 + i];
              }
              return new Group((String) r[0], (String) r[1], figures, (String[]) r[8]);
            })
        .toList();
  }

  /** Longest overdue first, then the largest converted outstanding amount. */
  Overdue overdue(
      Visibility visibility, LocalDate asOf, String reporting, int decimals, int limit) {
    SqlWhere where = new SqlWhere();
    String sql =
        invoicesAsOf(where, visibility, asOf, reporting, decimals, false)
            + """
            select g.id, g.number, g.account_id, a.name, g.due_date, g.days, g.outstanding,
                   g.currency, g.outstanding_converted, count(*) over ()
            from aged g join account a on a.id = g.account_id
            where g.days > 90 and g.outstanding > 0
            order by g.days desc, g.outstanding_converted desc, g.id
            limit %d
            """
                .formatted(limit);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = where.bind(em.createNativeQuery(sql)).getResultList();
    List<AgingReport.LongOutstanding> invoices =
        rows.stream()
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
    return new Overdue(invoices, rows.isEmpty() ? 0 : ((Number) rows.get(0)[9]).longValue());
  }
}
