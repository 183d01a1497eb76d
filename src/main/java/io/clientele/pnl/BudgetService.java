package io.clientele.pnl;

import io.clientele.account.AccountService;
import io.clientele.common.FiscalCalendar;
import io.clientele.common.FiscalPeriod;
import io.clientele.common.Money;
import io.clientele.common.Timestamps;
import io.clientele.web.ETags;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Budgets: finance and admins plan each account's revenue and costs per fiscal period; budgets of
 * one account never overlap. Each figure is spread evenly over the period's months (the remainder
 * on the last month) so reports read budgets month by month, exactly like entries.
 */
@ApplicationScoped
public class BudgetService {
  /** A budget with its figures. */
  public record Planned(Budget budget, BudgetInput.Figures figures) {}

  /** One month's share of one figure. */
  record Line(LocalDate month, String category, BigDecimal amount, String currency) {}

  private final AccountService accounts;
  private final FiscalCalendar calendar;
  private final MergePatch mergePatch;
  private final BudgetQueries queries;

  public BudgetService(
      AccountService accounts,
      FiscalCalendar calendar,
      MergePatch mergePatch,
      BudgetQueries queries) {
    this.accounts = accounts;
    this.calendar = calendar;
    this.mergePatch = mergePatch;
    this.queries = queries;
  }

  /**
   * The account's budgets overlapping `period` (all without), by start; expects
   * budget_account_start_idx.
   */
  public Page<Planned> list(
      UUID accountId, FiscalPeriod period, PageRequest page, String sortParam) {
    accounts.get(accountId);
    Page<Budget> budgets = queries.list(accountId, period, page, sortParam);
    Map<UUID, BudgetInput.Figures> figures =
        queries.figuresOf(budgets.items().stream().map(b -> b.id).toList());
    return budgets.map(b -> new Planned(b, figures.get(b.id)));
  }

  public Planned get(UUID accountId, UUID budgetId) {
    accounts.get(accountId);
    Budget budget = Budget.findById(budgetId);
    if (budget == null || !budget.accountId.equals(accountId)) {
      throw ProblemException.notFound("Budget");
    }
    return new Planned(budget, queries.figuresOf(List.of(budgetId)).get(budgetId));
  }

  @Transactional
  public Planned create(UUID accountId, BudgetInput input) {
    accounts.get(accountId);
    FiscalPeriod period = calendar.periodField("period", input.period());
    check(input.figures());
    List<String> overlapping = queries.overlapping(accountId, period.start(), period.end());
    if (!overlapping.isEmpty()) {
      throw ProblemException.conflict(
          "The account has a budget for "
              + String.join(", ", overlapping)
              + ", which overlaps "
              + period.label()
              + ": change that budget, or delete it first");
    }
    Budget budget = new Budget();
    budget.accountId = accountId;
    budget.period = period.label();
    budget.periodStart = period.start();
    budget.periodEnd = period.end();
    budget.persist();
    budget.flush();
    writeLines(budget, input.figures());
    return new Planned(budget, input.figures());
  }

  /** JSON Merge Patch over {revenue, costs}; the period stays (delete and create to move it). */
  @Transactional
  public Planned update(UUID accountId, UUID budgetId, String patch, OptionalLong expectedVersion) {
    Planned current = get(accountId, budgetId);
    Budget budget = current.budget();
    ETags.checkIfMatch(expectedVersion, budget.version);
    BudgetInput.Figures changed =
        mergePatch.apply(current.figures(), patch, BudgetInput.Figures.class);
    if (sameFigures(changed, current.figures())) {
      return current;
    }
    check(changed);
    queries.deleteLines(budgetId);
    writeLines(budget, changed);
    budget.updatedAt = Timestamps.now(); // the header changes too, so its version moves
    budget.flush();
    return new Planned(budget, changed);
  }

  @Transactional
  public void delete(UUID accountId, UUID budgetId, OptionalLong expectedVersion) {
    Budget budget = get(accountId, budgetId).budget();
    ETags.checkIfMatch(expectedVersion, budget.version);
    budget.delete();
  }

  private static void check(BudgetInput.Figures figures) {
    Map<String, Money> all = named(figures);
    if (all.isEmpty()) {
      throw ProblemException.invalidField(
          "revenue", "a budget needs a revenue figure or at least one cost figure");
    }
    all.forEach(
        (field, money) -> {
          if (money.amount().signum() < 0) {
            throw ProblemException.invalidField(field + ".amount", "must not be negative");
          }
        });
  }

  /** The figures that are set, by field path (revenue, costs.media, ...). */
  private static Map<String, Money> named(BudgetInput.Figures figures) {
    Map<String, Money> all = new LinkedHashMap<>();
    figures
        .byCategory()
        .forEach(
            (category, money) ->
                all.put(category.equals(PnlEntry.REVENUE) ? category : "costs." + category, money));
    return all;
  }

  private static boolean sameFigures(BudgetInput.Figures a, BudgetInput.Figures b) {
    return named(a).equals(named(b));
  }

  /** Each figure over the period's months: an even share each, the remainder on the last. */
  static List<Line> spread(LocalDate start, LocalDate end, BudgetInput.Figures figures) {
    int months = (int) ChronoUnit.MONTHS.between(start, end.plusDays(1));
    List<Line> lines = new ArrayList<>();
    figures
        .byCategory()
        .forEach(
            (category, money) -> {
              int decimals = Money.decimalsOf(money.currency());
              BigDecimal share =
                  money.amount().divide(BigDecimal.valueOf(months), decimals, RoundingMode.DOWN);
              BigDecimal last =
                  money.amount().subtract(share.multiply(BigDecimal.valueOf(months - 1)));
              for (int i = 0; i < months; i++) {
                lines.add(
                    new Line(
                        start.plusMonths(i),
                        category,
                        i == months - 1 ? last : share,
                        money.currency()));
              }
            });
    return lines;
  }

  private void writeLines(Budget budget, BudgetInput.Figures figures) {
    queries.writeLines(budget, spread(budget.periodStart, budget.periodEnd, figures));
  }
}
