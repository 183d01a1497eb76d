package io.clientele.pnl;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a P&L: a period, account, director or region, or the total. */
@Schema(
    name = "PnlRow",
    description =
        "Money fields are exact decimal strings in the document's currency. `margin` and"
            + " the variance percentages are numbers rounded half-even to 4 places (0.4211 ="
            + " 42.11 %), null when the divisor is zero.")
public record PnlRow(
    @Schema(
            description =
                "The period label, account id, director id or region of the row (empty for no"
                    + " director or no region); `total` for the total",
            example = "2026-01")
        String key,
    @Schema(
            description = "The account's, director's or region's name; absent on period rows",
            example = "Northwind Holdings")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String name,
    @Schema(
            description = "The fiscal period of a period row (month, quarter, half or year)",
            example = "2026-01")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String period,
    @Schema(type = SchemaType.STRING, format = "decimal", example = "45360.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal revenue,
    @Schema(description = "Posted costs per category") CostAmounts costs,
    @Schema(type = SchemaType.STRING, format = "decimal", example = "26260.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal totalCosts,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            description = "revenue - totalCosts",
            example = "19100.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal grossProfit,
    @Schema(
            description = "grossProfit / revenue; null when revenue is zero",
            nullable = true,
            example = "0.4211")
        BigDecimal margin,
    BudgetAmounts budget,
    Variance variance,
    @Schema(
            description =
                "true when costs exceed a cost budget, in total or in a category; exactly when"
                    + " `overrunCategories` is not empty")
        boolean costOverrun,
    @Schema(
            description =
                "The cost categories over their own budget; once the row has any cost budget, a"
                    + " category without one is over it by any cost")
        List<CostCategory> overrunCategories) {

  @Schema(name = "PnlCosts", description = "Posted costs per category")
  public record CostAmounts(
      @Schema(type = SchemaType.STRING, format = "decimal", example = "8000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal staff,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "2500.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          @JsonProperty("third_party")
          BigDecimal thirdParty,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "13500.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal media,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "1260.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal travel,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "1000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal other) {}

  @Schema(
      name = "PnlBudget",
      description =
          "The budget of the row's months; a figure is null when no budget covers it in"
              + " those months")
  public record BudgetAmounts(
      @Schema(type = SchemaType.STRING, format = "decimal", nullable = true, example = "50000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal revenue,
      @Schema(
              type = SchemaType.STRING,
              format = "decimal",
              nullable = true,
              description =
                  "Every cost category's budget added up; costs of a category without a budget"
                      + " count against it in full",
              example = "25000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal costs) {}

  @Schema(
      name = "PnlVariance",
      description =
          "Actual minus budget: revenue above budget and costs above budget are positive."
              + " Null where there is no budget; a percentage is the variance over the budget,"
              + " null when the budget is zero.")
  public record Variance(
      @Schema(type = SchemaType.STRING, format = "decimal", nullable = true, example = "-4640.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal revenue,
      @Schema(nullable = true, example = "-0.0928") BigDecimal revenuePercent,
      @Schema(type = SchemaType.STRING, format = "decimal", nullable = true, example = "1260.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal costs,
      @Schema(nullable = true, example = "0.0504") BigDecimal costsPercent) {}

  static PnlRow of(String key, String name, String period, PnlAmounts amounts, int decimals) {
    BigDecimal revenue = money(amounts.revenue(), decimals);
    BigDecimal totalCosts = money(amounts.totalCosts(), decimals);
    BigDecimal grossProfit = revenue.subtract(totalCosts);
    BigDecimal budgetRevenue = money(amounts.budgetRevenue(), decimals);
    BigDecimal budgetCosts = money(amounts.budgetCosts(), decimals);
    BigDecimal revenueVariance = budgetRevenue == null ? null : revenue.subtract(budgetRevenue);
    BigDecimal costsVariance = budgetCosts == null ? null : totalCosts.subtract(budgetCosts);
    // once the row has a cost budget, a category without one has a budget of zero (its costs count
    // against the total in full), so costs over the total are always over some category
    List<CostCategory> overrun = new ArrayList<>();
    for (CostCategory category : CostCategory.values()) {
      BigDecimal budget = amounts.budgetCost(category);
      if (budget == null && budgetCosts != null) {
        budget = BigDecimal.ZERO;
      }
      if (budget != null && amounts.cost(category).compareTo(budget) > 0) {
        overrun.add(category);
      }
    }
    return new PnlRow(
        key,
        name,
        period,
        revenue,
        new CostAmounts(
            money(amounts.cost(CostCategory.staff), decimals),
            money(amounts.cost(CostCategory.third_party), decimals),
            money(amounts.cost(CostCategory.media), decimals),
            money(amounts.cost(CostCategory.travel), decimals),
            money(amounts.cost(CostCategory.other), decimals)),
        totalCosts,
        grossProfit,
        ratio(grossProfit, revenue),
        new BudgetAmounts(budgetRevenue, budgetCosts),
        new Variance(
            revenueVariance,
            revenueVariance == null ? null : ratio(revenueVariance, budgetRevenue),
            costsVariance,
            costsVariance == null ? null : ratio(costsVariance, budgetCosts)),
        !overrun.isEmpty(),
        overrun);
  }

  /** Sums of cells already rounded to `decimals`: only the scale is set, nothing is rounded. */
  private static BigDecimal money(BigDecimal amount, int decimals) {
    return amount == null ? null : amount.setScale(decimals, RoundingMode.UNNECESSARY);
  }

  private static BigDecimal ratio(BigDecimal numerator, BigDecimal divisor) {
    return divisor.signum() == 0 ? null : numerator.divide(divisor, 4, RoundingMode.HALF_EVEN);
  }
}
