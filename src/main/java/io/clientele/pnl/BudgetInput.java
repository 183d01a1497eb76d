package io.clientele.pnl;

import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BudgetInput",
    description =
        "An account's budget for a fiscal period: a revenue figure and a cost figure per"
            + " category, at least one of them, each >= 0")
public record BudgetInput(
    @Schema(
            description = "A fiscal year, half, quarter or month; must not overlap another budget",
            example = "2026-Q1")
        @NotBlank
        String period,
    @Schema(nullable = true) @Valid Money revenue,
    @Schema(nullable = true) @Valid CostFigures costs) {

  /** The figures alone: what a PATCH may change. */
  @Schema(name = "BudgetFigures", description = "What a budget PATCH may change")
  public record Figures(
      @Schema(nullable = true) @Valid Money revenue,
      @Schema(nullable = true) @Valid CostFigures costs) {

    /** The figures that are set, by category as entries spell it: revenue first, then costs. */
    Map<String, Money> byCategory() {
      Map<String, Money> figures = new LinkedHashMap<>();
      if (revenue != null) {
        figures.put(PnlEntry.REVENUE, revenue);
      }
      if (costs != null) {
        costs.byCategory().forEach((category, money) -> figures.put(category.name(), money));
      }
      return figures;
    }
  }

  Figures figures() {
    return new Figures(revenue, costs);
  }
}
