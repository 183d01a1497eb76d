package io.clientele.pnl;

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
 * Set-based SQL for the P&L. Every report adds up monthly cells: pnl_month (posted entries summed
 * per account, month, category and currency) and budget_line (budgets spread over their months).
 * Each cell converts at its month's rate and is rounded half-even to the reporting currency's
 * decimals (the database's pnl_convert), then cells add up exactly: months to quarters and years,
 * accounts to directors, regions and the company, to the cent. {@link PnlCellQueries} says where
 * the cells of a range are read from (company reports take fiscal years from pnl_year).
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
  private final PnlCellQueries cells;

  public PnlQueries(EntityManager em, PnlCellQueries cells) {
    this.em = em;
    this.cells = cells;
  }

  /** One account's months `from`..`to`, a row per month with cells. */
  List<Sums> accountMonths(
      UUID accountId, YearMonth from, YearMonth to, String reporting, int decimals) {
    return sums(Key.MONTH, from, to, accountId, null, reporting, decimals);
  }

  private static boolean inRange(YearMonth month, YearMonth from, YearMonth to) {
    return !month.isBefore(from) && !month.isAfter(to);
  }

  /**
   * The cells of months `from`..`to` of one account (`accountId`) or of every account the caller
   * may see, added up per `key`. A director's row holds the accounts whose owner has that director
   * as their nearest director at or above them. Rows that are not months read fiscal years from
   * pnl_year (the same cells, converted and added up in advance): a whole year as it is, a year
   * mostly in the range less its months outside it; the rest of the range cell by cell.
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
    String accounts;
    if (accountId != null) {
      accounts = " and %s.account_id = " + where.param("account", accountId);
    } else if (visibility.seesEveryone()) {
      accounts = "";
    } else {
      visibility.account(where, "a.owner_id", "a.id");
      accounts = " and %s.account_id in (select a.id from account a where " + where.sql() + ")";
    }
    List<String> parts =
        cells.parts(where, key == Key.MONTH, from, to, accounts, reporting, decimals);
    // group on the plain key (a date, uuid or region), then name the groups: no text sort of
    // every cell by a rendered key
    String groupKey =
        switch (key) {
          case MONTH -> "c.month";
          case ACCOUNT -> "c.account_id";
          case DIRECTOR -> "d.director_id";
          case REGION -> "a.region";
        };
    String groupJoins =
        switch (key) {
          case MONTH, ACCOUNT -> "";
          case REGION -> "join account a on a.id = c.account_id";
          case DIRECTOR ->
              """
              join account a on a.id = c.account_id
              left join director_of d on d.staff_id = a.owner_id
              """;
        };
    String keyAndName =
        switch (key) {
          case MONTH -> "to_char(g.k, 'YYYY-MM'), cast(null as text)";
          case ACCOUNT -> "cast(g.k as text), a.name";
          case DIRECTOR -> "coalesce(cast(g.k as text), ''), s.name";
          case REGION -> "coalesce(g.k, ''), g.k";
        };
    String nameJoin =
        switch (key) {
          case MONTH, REGION -> "";
          case ACCOUNT -> "join account a on a.id = g.k";
          case DIRECTOR -> "left join staff s on s.id = g.k";
        };
    StringBuilder figures = new StringBuilder();
    List<String> columns = new ArrayList<>();
    for (String category : CATEGORIES) {
      figures.append(
          ",\n coalesce(sum(c.amount) filter (where not c.budget and c.category = '%s'), 0) as a_%s"
              .formatted(category, category));
      columns.add("g.a_" + category);
    }
    for (String category : CATEGORIES) {
      // null, not zero, when no budget line of the category is left in the range
      figures.append(
          ",\n case when sum(c.cells) filter (where c.budget and c.category = '%1$s') > 0"
                  .formatted(category)
              + " then sum(c.amount) filter (where c.budget and c.category = '%1$s') end as b_%1$s"
                  .formatted(category));
      columns.add("g.b_" + category);
    }
    String sql =
        """
        with recursive %1$s
        converted as (%2$s),
        grouped as (
          select %3$s as k%4$s,
            string_agg(c.missing, ',') as missing
          from converted c
          %5$s
          group by 1
        )
        select %6$s, %7$s, g.missing
        from grouped g %8$s
        """
            .formatted(
                key == Key.DIRECTOR ? DIRECTOR_OF : "",
                String.join(" union all ", parts),
                groupKey,
                figures,
                groupJoins,
                keyAndName,
                String.join(", ", columns),
                nameJoin);
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
      sums.add(
          new Sums(
              (String) r[0],
              (String) r[1],
              new PnlAmounts(actual, budget),
              missingIn((String) r[2 + 2 * n], from, to)));
    }
    return sums;
  }

  /**
   * One account's posted revenue over months `from`..`to` and the rates it lacks, read as every
   * report reads it ({@link PnlCellQueries#parts}: fiscal years from pnl_year, the rest cell by
   * cell); the revenue cells alone, so a cost without a rate does not stand in its way.
   */
  Sums revenue(UUID accountId, YearMonth from, YearMonth to, String reporting, int decimals) {
    SqlWhere where = new SqlWhere();
    String account = " and %s.account_id = " + where.param("account", accountId);
    List<String> parts = cells.parts(where, false, from, to, account, reporting, decimals);
    String sql =
        """
        with converted as (%s)
        select coalesce(sum(c.amount), 0), string_agg(c.missing, ',')
        from converted c where not c.budget and c.category = 'revenue'
        """
            .formatted(String.join(" union all ", parts));
    Object[] row = (Object[]) where.bind(em.createNativeQuery(sql)).getSingleResult();
    List<BigDecimal> actual = new ArrayList<>(PnlAmounts.zero().actual());
    actual.set(0, (BigDecimal) row[0]);
    return new Sums(
        accountId.toString(),
        null,
        new PnlAmounts(actual, PnlAmounts.zero().budget()),
        missingIn((String) row[1], from, to));
  }

  /** The "EUR 2026-03" texts of a report's comma-separated missing rates in months from..to. */
  private static List<String> missingIn(String missing, YearMonth from, YearMonth to) {
    return missing == null
        ? List.of()
        : Arrays.stream(missing.split(","))
            .distinct()
            // a rolled-up year lists all its months; only those in the range count
            .filter(m -> inRange(YearMonth.parse(m.substring(m.indexOf(' ') + 1)), from, to))
            .sorted()
            .toList();
  }
}
