package io.clientele.plan;

import io.clientele.common.Timestamps;
import io.clientele.web.ETags;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Reading and writing an account's plans: one live plan per account and fiscal year, changed by
 * merge patch until it closes. The moves are {@link PlanWorkflow}'s.
 */
@ApplicationScoped
public class PlanService {
  public record Filter(Integer fiscalYear, List<PlanStatus> statuses) {}

  private final PlanAccess access;
  private final PlanQueries queries;
  private final PlanContent content;
  private final PlanViews views;
  private final PlanJson json;
  private final MergePatch mergePatch;

  PlanService(
      PlanAccess access,
      PlanQueries queries,
      PlanContent content,
      PlanViews views,
      PlanJson json,
      MergePatch mergePatch) {
    this.access = access;
    this.queries = queries;
    this.content = content;
    this.views = views;
    this.json = json;
    this.mergePatch = mergePatch;
  }

  public Page<PlanDto> list(UUID accountId, Filter filter, PageRequest page, String sortParam) {
    access.account(accountId);
    Page<AccountPlan> plans =
        queries.list(accountId, filter.fiscalYear(), filter.statuses(), page, sortParam);
    return new Page<>(views.views(plans.items()), plans.nextCursor());
  }

  public PlanDto get(UUID accountId, UUID planId) {
    return views.view(access.find(accountId, planId, false));
  }

  @Transactional
  public PlanDto create(UUID accountId, PlanInput input) {
    access.account(accountId);
    if (input.status() != null && input.status() != PlanStatus.draft) {
      throw ProblemException.invalidField(
          "status", "a plan starts as a draft: POST .../activate moves it on");
    }
    PlanChanges checked = content.check(accountId, input.changes());
    queries
        .liveFor(accountId, input.fiscalYear())
        .ifPresent(
            existing -> {
              throw ProblemException.conflict(
                  "The account has a plan for "
                      + input.fiscalYear()
                      + " already: /api/v1/accounts/"
                      + accountId
                      + "/plans/"
                      + existing);
            });
    AccountPlan plan = new AccountPlan();
    plan.accountId = accountId;
    plan.fiscalYear = input.fiscalYear();
    plan.summary = checked.summary();
    plan.status = PlanStatus.draft.name();
    plan.transitions = json.write(List.of());
    plan.persist();
    plan.flush();
    queries.replaceContent(plan.id, checked.objectives(), checked.kpis());
    return views.view(plan);
  }

  /**
   * JSON Merge Patch over the summary, objectives and KPIs (lists replaced whole) of a plan that is
   * not closed. A patch that changes nothing is no new version.
   */
  @Transactional
  public PlanDto update(UUID accountId, UUID planId, String patch, OptionalLong expectedVersion) {
    AccountPlan plan = access.find(accountId, planId, true);
    ETags.checkIfMatch(expectedVersion, plan.version);
    refuseIfClosed(plan);
    PlanChanges current =
        new PlanChanges(
            plan.summary,
            queries.objectivesOf(List.of(plan.id)).get(plan.id),
            queries.kpisOf(List.of(plan.id)).get(plan.id));
    mergePatch.update(
        plan,
        expectedVersion,
        patch,
        current,
        (p, changed) -> {
          PlanChanges checked = content.check(accountId, changed);
          queries.replaceContent(p.id, checked.objectives(), checked.kpis());
          p.summary = checked.summary();
          p.updatedAt = Timestamps.now(); // the lists alone may have changed: a new version
        });
    return views.view(plan);
  }

  @Transactional
  public void delete(UUID accountId, UUID planId, OptionalLong expectedVersion) {
    AccountPlan plan = access.find(accountId, planId, true);
    ETags.checkIfMatch(expectedVersion, plan.version);
    refuseIfClosed(plan);
    plan.softDelete();
    plan.flush();
  }

  /** A closed plan is the record of its year: it no longer changes. */
  static void refuseIfClosed(AccountPlan plan) {
    if (plan.status() == PlanStatus.closed) {
      throw ProblemException.conflict("The plan is closed: it is read-only");
    }
  }
}
