package io.clientele.plan;

import io.clientele.common.FiscalPeriod;
import io.clientele.fx.ExchangeRates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plans as callers read them: objectives and KPIs of a page read at once, KPIs with actuals. */
@ApplicationScoped
class PlanViews {
  private final PlanQueries queries;
  private final PlanKpis kpis;
  private final PlanAccess access;
  private final PlanJson json;
  private final ExchangeRates rates;

  PlanViews(
      PlanQueries queries, PlanKpis kpis, PlanAccess access, PlanJson json, ExchangeRates rates) {
    this.queries = queries;
    this.kpis = kpis;
    this.access = access;
    this.json = json;
    this.rates = rates;
  }

  PlanDto view(AccountPlan plan) {
    return views(List.of(plan)).get(0);
  }

  List<PlanDto> views(List<AccountPlan> plans) {
    List<UUID> ids = plans.stream().map(p -> p.id).toList();
    Map<UUID, List<Objective>> objectives = queries.objectivesOf(ids);
    Map<UUID, List<KpiInput>> kept = queries.kpisOf(ids);
    return plans.stream()
        .map(p -> view(p, objectives.get(p.id), kpis.view(p, kept.get(p.id))))
        .toList();
  }

  private PlanDto view(AccountPlan plan, List<Objective> objectives, List<Kpi> kpis) {
    FiscalPeriod year = this.kpis.year(plan.fiscalYear);
    return new PlanDto(
        plan.id,
        plan.accountId,
        plan.fiscalYear,
        year.start(),
        year.end(),
        plan.summary,
        plan.status(),
        rates.reportingCurrency(),
        objectives,
        kpis,
        json.transitions(plan),
        access.allowedMoves(plan),
        plan.version,
        plan.createdAt,
        plan.updatedAt);
  }
}
