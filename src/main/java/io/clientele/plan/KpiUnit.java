package io.clientele.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a KPI's target and actual count: money (in the reporting currency), a number, or percent
 * (percentage points: "35" is 35 %).
 */
@Schema(name = "PlanKpiUnit")
public enum KpiUnit {
  money,
  number,
  percent
}
