package io.clientele.pnl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Amounts in the reporting currency per {@link PnlQueries#CATEGORIES} (revenue, then the cost
 * categories): posted (0 when none) and budgeted (null where no budget covers the category). Rows
 * fold into larger periods and totals by plain addition, so every figure stays an exact sum.
 */
record PnlAmounts(List<BigDecimal> actual, List<BigDecimal> budget) {

  static PnlAmounts zero() {
    int n = PnlQueries.CATEGORIES.size();
    return new PnlAmounts(
        Collections.nCopies(n, BigDecimal.ZERO), Collections.nCopies(n, (BigDecimal) null));
  }

  PnlAmounts plus(PnlAmounts other) {
    List<BigDecimal> actualSum = new ArrayList<>();
    List<BigDecimal> budgetSum = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      actualSum.add(actual.get(i).add(other.actual.get(i)));
      BigDecimal a = budget.get(i);
      BigDecimal b = other.budget.get(i);
      budgetSum.add(a == null ? b : b == null ? a : a.add(b));
    }
    return new PnlAmounts(actualSum, budgetSum);
  }

  BigDecimal revenue() {
    return actual.get(0);
  }

  /** Posted costs of one category. */
  BigDecimal cost(CostCategory category) {
    return actual.get(category.ordinal() + 1);
  }

  BigDecimal totalCosts() {
    return actual.subList(1, actual.size()).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  BigDecimal budgetRevenue() {
    return budget.get(0);
  }

  /** The cost budget of one category; null when none covers it. */
  BigDecimal budgetCost(CostCategory category) {
    return budget.get(category.ordinal() + 1);
  }

  /** All cost budgets added up; null when no category has one. */
  BigDecimal budgetCosts() {
    return budget.subList(1, budget.size()).stream()
        .filter(b -> b != null)
        .reduce(BigDecimal::add)
        .orElse(null);
  }
}
