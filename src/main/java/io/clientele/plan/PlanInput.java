package io.clientele.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AccountPlanInput",
    description =
        """
        A new plan for one of the account's fiscal years (one per year: a second is 409). It \
        starts as a draft; objectives and KPIs may follow by PATCH.""",
    example =
        """
        {"fiscalYear": 2027, "summary": "Grow Northwind into EMEA media", "status": "draft",
         "objectives": [{"title": "Win the EMEA media brief",
           "ownerId": "00000000-0000-4000-8000-000000000004", "dueDate": "2027-06-30",
           "status": "on_track"}],
         "kpis": [{"name": "Revenue", "kind": "revenue", "unit": "money", "target": "3000000.00",
           "direction": "higher"},
          {"name": "Campaigns launched", "kind": "manual", "unit": "number", "target": "12",
           "actual": "5", "direction": "higher"}]}
        """)
public record PlanInput(
    @Schema(description = "The fiscal year planned", example = "2027")
        @NotNull
        @Min(1900)
        @Max(2999)
        Integer fiscalYear,
    @Schema(nullable = true, example = "Grow Northwind into EMEA media") @Size(max = 10000)
        String summary,
    @Schema(
            description =
                "draft, or left out: a plan starts as a draft (POST .../activate moves it on)",
            example = "draft")
        PlanStatus status,
    @Schema(nullable = true) @Size(max = 50) List<@Valid @NotNull Objective> objectives,
    @Schema(nullable = true) @Size(max = 50) List<@Valid @NotNull KpiInput> kpis) {

  PlanChanges changes() {
    return new PlanChanges(summary, objectives, kpis);
  }
}
