package io.clientele.pnl;

import io.clientele.account.AccountQueries;
import io.clientele.fx.ExchangeRates;
import io.clientele.staff.Visibility;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Set-based SQL for the P&L. Every report reads monthly cells: pnl_month (posted entries summed per
 * account, month, category and currency) and budget_line (budgets spread over their months). Each
 * cell converts at its month's rate and is rounded half-even to the reporting currency's decimals,
 * then cells add up exactly: months to quarters and years, accounts to directors, regions and the
 * company, to the cent. Expects pnl_month's primary key (one account) and pnl_month_month_idx /
 * budget_line_month_idx (a range of months across accounts).
 */
@ApplicationScoped
public class PnlQueries {
  /** The order of the per-category columns of {@link Sums}: revenue, then the cost categories. */
  static final List<String> CATEGORIES =
      List.of("revenue", "staff", "third_party", "media", "travel", "other");

  enum Key {
    MONTH,
    ACCOUNT,
    DIRECTOR,
    REGION
  }

  /** One row of a report: its key (a month, account id, director id or region) and amounts. */
  record Sums(String key, String name, PnlAmounts amounts, List<String> missingRates) {}

  /**
   * Each staff member's nearest director at or above them (none above: no row), as CTEs for a `with
   * recursive` list: `director_of(staff_id, director_id)`.
   */
  static final String DIRECTOR_OF =
      """
      chain(staff_id, node_id, depth) as (
        select s.id, s.id, 0 from staff s
        union all
        select c.staff_id, s.manager_id, c.depth + 1
        from chain c join staff s on s.id = c.node_id
        where s.manager_id is not null and not ('director' = any(s.roles))
      ),
      director_of as (
        select distinct on (c.staff_id) c.staff_id, c.node_id as director_id
        from chain c join staff s on s.id = c.node_id
        where 'director' = any(s.roles)
        order by c.staff_id, c.depth
      ),
      """;

  private final EntityManager em;

  public PnlQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * The cells of months `from`..`to` of one account (`accountId`) or of every account the caller
   * may see, added up per `key`. A director's row holds the accounts whose owner has that director
   * as their nearest director at or above them.
   */
  @SuppressWarnings("unchecked")
  List<Sums> sums(
      Key key,
      YearMonth from,
      YearMonth to,
      UUID accountId,
      Visibility visibility,
      String reporting,
      int decimals) {
    SqlWhere where = new SqlWhere();
    String months =
        "between " + where.param("from", from.atDay(1)) + " and " + where.param("to", to.atDay(1));
    String accounts;
    if (accountId != null) {
      accounts = " = " + where.param("account", accountId);
    } else if (visibility.seesEveryone()) {
      accounts = null;
    } else {
      AccountQueries.restrictToVisible(where, visibility, "a.owner_id", "a.id");
      accounts = " in (select a.id from account a where " + where.sql() + ")";
    }
    String cellFilter = accounts == null ? "" : " and %s.account_id" + accounts;
    String keyColumns =
        switch (key) {
          case MONTH -> "to_char(c.month, 'YYYY-MM'), cast(null as text)";
          case ACCOUNT -> "cast(a.id as text), a.name";
          case DIRECTOR -> "coalesce(cast(d.director_id as text), ''), ds.name";
          case REGION -> "coalesce(a.region, ''), a.region";
        };
    String joins =
        switch (key) {
          case MONTH -> "";
          case ACCOUNT, REGION -> "join account a on a.id = c.account_id";
          case DIRECTOR ->
              """
              join account a on a.id = c.account_id
              left join director_of d on d.staff_id = a.owner_id
              left join staff ds on ds.id = d.director_id
              """;
        };
    StringBuilder figures = new StringBuilder();
    for (String category : CATEGORIES) {
      figures.append(
          ",\n coalesce(sum(c.amount) filter (where not c.budget and c.category = '%s'), 0)"
              .formatted(category));
    }
    for (String category : CATEGORIES) {
      figures.append(
          ",\n sum(c.amount) filter (where c.budget and c.category = '%s')".formatted(category));
    }
    String sql =
        """
        with recursive %1$s
        cells as (
          select m.account_id, m.month, m.category, m.currency, false as budget, m.amount
          from pnl_month m where m.month %2$s %3$s
          union all
          select l.account_id, l.month, l.category, l.currency, true, l.amount
          from budget_line l where l.month %2$s %4$s
        ),
        converted as (
          select c.account_id, c.month, c.category, c.currency, c.budget,
                 round_half_even(c.amount * case when c.currency = %5$s then 1 else fx.rate end, %6$s) as amount
          from cells c
          left join exchange_rate fx on fx.currency = c.currency and fx.month = c.month
        )
        select %7$s%8$s,
          %9$s
        from converted c
        %10$s
        group by 1, 2
        """
            .formatted(
                key == Key.DIRECTOR ? DIRECTOR_OF : "",
                months,
                cellFilter.formatted("m"),
                cellFilter.formatted("l"),
                where.param("reporting", reporting),
                where.param("decimals", decimals),
                keyColumns,
                figures,
                ExchangeRates.missingRatesSql("c.amount", "c.currency", "c.month"),
                joins);
    List<Object[]> rows = where.bind(em.createNativeQuery(sql)).getResultList();
    List<Sums> sums = new ArrayList<>();
    int n = CATEGORIES.size();
    for (Object[] r : rows) {
      List<BigDecimal> actual = new ArrayList<>();
      List<BigDecimal> budget = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        actual.add((BigDecimal) r[2 + i]);
        budget.add((BigDecimal) r[2 + n + i]);
      }
      Object missing = r[2 + 2 * n];
      sums.add(
          new Sums(
              (String) r[0],
              (String) r[1],
              new PnlAmounts(actual, budget),
              missing == null ? List.of() : Arrays.asList((String[]) missing)));
    }
    return sums;
  }
}
