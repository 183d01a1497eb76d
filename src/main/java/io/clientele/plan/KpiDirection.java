package io.clientele.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a KPI does better above its target (revenue) or below it (days to resolve an issue). */
@Schema(name = "PlanKpiDirection")
public enum KpiDirection {
  higher,
  lower
}
