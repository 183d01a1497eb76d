package io.clientele.pnl;

import io.clientele.common.FiscalPeriod;
import io.clientele.common.Money;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** SQL of budgets and their monthly lines (budget_line, the cells reports read). */
@ApplicationScoped
public class BudgetQueries {
  private static final List<SortField<Budget>> SORTABLE =
      List.of(new SortField<>("start", "b.period_start", "date", b -> b.periodStart));

  private final EntityManager em;

  public BudgetQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * The account's budgets overlapping `period` (all without), by start; expects
   * budget_account_start_idx.
   */
  Page<Budget> list(UUID accountId, FiscalPeriod period, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere();
    where.and("b.account_id = " + where.param("accountId", accountId));
    if (period != null) {
      where.and("b.period_end >= " + where.param("start", period.start()));
      where.and("b.period_start <= " + where.param("end", period.end()));
    }
    Sort<Budget> sort = Sort.parse(sortParam, "start", SORTABLE, "b.id", b -> b.id);
    return sort.fetch(em, "select b.* from budget b", where, page, Budget.class);
  }

  /** The periods of the account's budgets that overlap start..end; expects budget_no_overlap. */
  List<String> overlapping(UUID accountId, LocalDate start, LocalDate end) {
    return em.createNativeQuery(
            """
            select period from budget
            where account_id = :account and period_start <= :end and period_end >= :start
            order by period_start
            """,
            String.class)
        .setParameter("account", accountId)
        .setParameter("start", start)
        .setParameter("end", end)
        .getResultList();
  }

  /** Writes the budget's lines in one statement (its trigger refreshes the yearly rollup once). */
  void writeLines(Budget budget, List<BudgetService.Line> lines) {
    em.createNativeQuery(
            """
            insert into budget_line (budget_id, account_id, month, category, amount, currency)
            select :budget, :account, l.month, l.category, l.amount, l.currency
            from unnest(cast(:months as date[]), cast(:categories as text[]),
                        cast(:amounts as numeric[]), cast(:currencies as text[]))
                 as l(month, category, amount, currency)
            """)
        .setParameter("budget", budget.id)
        .setParameter("account", budget.accountId)
        .setParameter(
            "months", lines.stream().map(BudgetService.Line::month).toArray(LocalDate[]::new))
        .setParameter(
            "categories", lines.stream().map(BudgetService.Line::category).toArray(String[]::new))
        .setParameter(
            "amounts", lines.stream().map(BudgetService.Line::amount).toArray(BigDecimal[]::new))
        .setParameter(
            "currencies", lines.stream().map(BudgetService.Line::currency).toArray(String[]::new))
        .executeUpdate();
  }

  /** Deletes the budget's lines (budget_line's primary key). */
  void deleteLines(UUID budgetId) {
    em.createNativeQuery("delete from budget_line where budget_id = :id")
        .setParameter("id", budgetId)
        .executeUpdate();
  }

  /**
   * The figures of these budgets, summed back from their lines: one query for a page; expects
   * budget_line's primary key.
   */
  Map<UUID, BudgetInput.Figures> figuresOf(List<UUID> ids) {
    Map<UUID, BudgetInput.Figures> figures = new HashMap<>();
    if (ids.isEmpty()) {
      return figures;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select budget_id, category, currency, sum(amount) from budget_line
                where budget_id = any(cast(:ids as uuid[]))
                group by budget_id, category, currency
                """)
            .setParameter("ids", ids.toArray(UUID[]::new))
            .getResultList();
    Map<UUID, Money> revenue = new HashMap<>();
    Map<UUID, Map<CostCategory, Money>> costs = new HashMap<>();
    for (Object[] r : rows) {
      UUID id = (UUID) r[0];
      String category = (String) r[1];
      Money money = new Money((BigDecimal) r[3], ((String) r[2]).trim());
      if (PnlEntry.REVENUE.equals(category)) {
        revenue.put(id, money);
      } else {
        costs
            .computeIfAbsent(id, k -> new EnumMap<>(CostCategory.class))
            .put(CostCategory.valueOf(category), money);
      }
    }
    for (UUID id : ids) {
      figures.put(
          id,
          new BudgetInput.Figures(
              revenue.get(id), CostFigures.of(costs.getOrDefault(id, Map.of()))));
    }
    return figures;
  }
}
