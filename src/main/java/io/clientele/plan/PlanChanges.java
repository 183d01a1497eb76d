package io.clientele.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a PATCH may change. The fiscal year stays (delete the plan and make another), the status
 * moves by POST .../activate and .../close.
 */
@Schema(name = "AccountPlanChanges")
public record PlanChanges(
    @Schema(nullable = true, example = "Grow Northwind into EMEA media and retail")
        @Size(max = 10000)
        String summary,
    @Schema(description = "Replaced as a whole; null clears") @Size(max = 50)
        List<@Valid @NotNull Objective> objectives,
    @Schema(description = "Replaced as a whole; null clears") @Size(max = 50)
        List<@Valid @NotNull KpiInput> kpis) {

  /** With the defaults filled in and no null lists: the form a plan keeps. */
  PlanChanges normalized() {
    return new PlanChanges(
        summary,
        objectives == null ? List.of() : objectives.stream().map(Objective::withDefaults).toList(),
        kpis == null ? List.of() : kpis.stream().map(KpiInput::withDefaults).toList());
  }
}
