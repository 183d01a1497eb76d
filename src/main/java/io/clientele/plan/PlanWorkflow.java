package io.clientele.plan;

import io.clientele.common.Timestamps;
import io.clientele.fx.ExchangeRates;
import io.clientele.web.ETags;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** A plan's moves: draft -> active -> closed (see {@link PlanStatus}), each recorded on it. */
@ApplicationScoped
public class PlanWorkflow {
  private final PlanAccess access;
  private final PlanQueries queries;
  private final PlanKpis kpis;
  private final PlanViews views;
  private final PlanJson json;

  PlanWorkflow(
      PlanAccess access, PlanQueries queries, PlanKpis kpis, PlanViews views, PlanJson json) {
    this.access = access;
    this.queries = queries;
    this.kpis = kpis;
    this.views = views;
    this.json = json;
  }

  /**
   * Moves the plan to `to`. A move its status does not allow is 409 naming the allowed ones; a
   * caller who is neither an admin nor a director gets 403. Closing freezes the computed KPIs'
   * actuals into the plan, and is 422 naming the exchange rates they lack, if any.
   */
  @Transactional
  public PlanDto move(
      UUID accountId, UUID planId, PlanStatus to, String note, OptionalLong expectedVersion) {
    AccountPlan plan = access.find(accountId, planId, true);
    ETags.checkIfMatch(expectedVersion, plan.version);
    PlanStatus from = plan.status();
    if (!from.next().contains(to)) {
      throw ProblemException.wrongMove(
          "account plan", from.name(), to.name(), from.next().stream().map(Enum::name).toList());
    }
    if (!access.movesPlans()) {
      throw ProblemException.forbidden(
          "Only a director whose team holds the account, or an admin, "
              + (to == PlanStatus.active ? "activates" : "closes")
              + " its plan");
    }
    if (to == PlanStatus.closed) {
      List<Objective> objectives = queries.objectivesOf(List.of(plan.id)).get(plan.id);
      PlanKpis.Frozen frozen = kpis.freeze(plan, queries.kpisOf(List.of(plan.id)).get(plan.id));
      if (!frozen.missingRates().isEmpty()) {
        throw ExchangeRates.missing(frozen.missingRates());
      }
      queries.replaceContent(plan.id, objectives, frozen.kpis());
    }
    List<PlanTransition> transitions = new ArrayList<>(json.transitions(plan));
    transitions.add(new PlanTransition(from, to, access.me(), Timestamps.now(), note));
    plan.transitions = json.write(transitions);
    plan.status = to.name();
    plan.flush();
    return views.view(plan);
  }
}
