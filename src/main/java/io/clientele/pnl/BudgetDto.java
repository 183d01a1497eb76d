package io.clientele.pnl;

import io.clientele.common.Money;
import io.clientele.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Budget", description = "An account's budget for a fiscal period")
public record BudgetDto(
    UUID id,
    UUID accountId,
    @Schema(example = "2026-Q1") String period,
    @Schema(example = "2026-01-01") LocalDate start,
    @Schema(example = "2026-03-31") LocalDate end,
    @Schema(nullable = true) Money revenue,
    CostFigures costs,
    @Schema(example = "0") long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {

  static BudgetDto from(Budget budget, BudgetInput.Figures figures) {
    return new BudgetDto(
        budget.id,
        budget.accountId,
        budget.period,
        budget.periodStart,
        budget.periodEnd,
        figures.revenue(),
        figures.costs() == null ? CostFigures.NONE : figures.costs(),
        budget.version,
        budget.createdAt,
        budget.updatedAt);
  }
}
