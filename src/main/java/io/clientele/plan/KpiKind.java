package io.clientele.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a KPI's actual comes from: `revenue` (the account's P&L revenue of the fiscal year so far)
 * and `won` (its closed-won deals of the year) are computed from the data, `manual` is entered.
 */
@Schema(name = "PlanKpiKind")
public enum KpiKind {
  revenue,
  won,
  manual;

  boolean computed() {
    return this != manual;
  }
}
