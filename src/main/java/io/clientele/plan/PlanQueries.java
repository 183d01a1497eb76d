package io.clientele.plan;

import io.clientele.staff.Visibility;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The plans' SQL. A plan is read once its account was found through the caller's visibility
 * (account/AccountService), so these queries go by account and plan id alone; live plans only.
 */
@ApplicationScoped
class PlanQueries {
  private static final List<SortField<AccountPlan>> SORTABLE =
      List.of(
          new SortField<>("fiscalYear", "p.fiscal_year", "integer", p -> p.fiscalYear),
          new SortField<>("createdAt", "p.created_at", "timestamptz", p -> p.createdAt));

  private final EntityManager em;

  PlanQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * A page of the account's live plans, newest year first by default; an account has one plan a
   * year, so account_plan_account_year_key serves every page.
   */
  Page<AccountPlan> list(
      UUID accountId,
      Integer fiscalYear,
      List<PlanStatus> statuses,
      PageRequest page,
      String sortParam) {
    SqlWhere where = new SqlWhere();
    where.and("p.account_id = " + where.param("account", accountId));
    where.and("p.deleted_at is null");
    if (fiscalYear != null) {
      where.and("p.fiscal_year = " + where.param("fiscalYear", fiscalYear));
    }
    if (!statuses.isEmpty()) {
      String[] names = statuses.stream().map(Enum::name).toArray(String[]::new);
      where.and("p.status = any(cast(" + where.param("statuses", names) + " as text[]))");
    }
    Sort<AccountPlan> sort = Sort.parse(sortParam, "-fiscalYear", SORTABLE, "p.id", p -> p.id);
    return sort.fetch(em, "select p.* from account_plan p", where, page, AccountPlan.class);
  }

  /** One live plan of the account, locked when `forUpdate`; by its primary key. */
  @SuppressWarnings("unchecked")
  Optional<AccountPlan> find(UUID accountId, UUID planId, boolean forUpdate) {
    List<AccountPlan> rows =
        em.createNativeQuery(
                """
                select p.* from account_plan p
                where p.id = :id and p.account_id = :account and p.deleted_at is null
                """
                    + (forUpdate ? " for update" : ""),
                AccountPlan.class)
            .setParameter("id", planId)
            .setParameter("account", accountId)
            .getResultList();
    return rows.stream().findFirst();
  }

  /** The account's live plan for the year, if any (account_plan_account_year_key). */
  @SuppressWarnings("unchecked")
  Optional<UUID> liveFor(UUID accountId, int fiscalYear) {
    List<UUID> ids =
        em.createNativeQuery(
                """
                select p.id from account_plan p
                where p.account_id = :account and p.fiscal_year = :year and p.deleted_at is null
                """)
            .setParameter("account", accountId)
            .setParameter("year", fiscalYear)
            .getResultList();
    return ids.stream().findFirst();
  }

  /** The objectives of these plans, in order; by plan_objective's primary key. */
  @SuppressWarnings("unchecked")
  Map<UUID, List<Objective>> objectivesOf(Collection<UUID> plans) {
    Map<UUID, List<Objective>> byPlan = new HashMap<>();
    plans.forEach(p -> byPlan.put(p, new ArrayList<>()));
    if (plans.isEmpty()) {
      return byPlan;
    }
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select o.plan_id, o.title, o.description, o.owner_id, o.due_date, o.status
                from plan_objective o where o.plan_id = any(cast(:plans as uuid[]))
                order by o.plan_id, o.position
                """)
            .setParameter("plans", plans.toArray(UUID[]::new))
            .getResultList();
    for (Object[] r : rows) {
      byPlan
          .get((UUID) r[0])
          .add(
              new Objective(
                  (String) r[1],
                  (String) r[2],
                  (UUID) r[3],
                  (LocalDate) r[4],
                  ObjectiveStatus.valueOf((String) r[5])));
    }
    return byPlan;
  }

  /** The KPIs of these plans as kept, in order; by plan_kpi's primary key. */
  @SuppressWarnings("unchecked")
  Map<UUID, List<KpiInput>> kpisOf(Collection<UUID> plans) {
    Map<UUID, List<KpiInput>> byPlan = new HashMap<>();
    plans.forEach(p -> byPlan.put(p, new ArrayList<>()));
    if (plans.isEmpty()) {
      return byPlan;
    }
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select k.plan_id, k.name, k.kind, k.unit, k.target, k.actual, k.direction
                from plan_kpi k where k.plan_id = any(cast(:plans as uuid[]))
                order by k.plan_id, k.position
                """)
            .setParameter("plans", plans.toArray(UUID[]::new))
            .getResultList();
    for (Object[] r : rows) {
      byPlan
          .get((UUID) r[0])
          .add(
              new KpiInput(
                  (String) r[1],
                  KpiKind.valueOf((String) r[2]),
                  KpiUnit.valueOf((String) r[3]),
                  (BigDecimal) r[4],
                  (BigDecimal) r[5],
                  KpiDirection.valueOf((String) r[6])));
    }
    return byPlan;
  }

  /** Replaces the plan's objectives and KPIs with these, in this order. */
  void replaceContent(UUID plan, List<Objective> objectives, List<KpiInput> kpis) {
    em.createNativeQuery("delete from plan_objective where plan_id = :plan")
        .setParameter("plan", plan)
        .executeUpdate();
    em.createNativeQuery("delete from plan_kpi where plan_id = :plan")
        .setParameter("plan", plan)
        .executeUpdate();
    if (!objectives.isEmpty()) {
      em.createNativeQuery(
              """
              insert into plan_objective (plan_id, position, title, description, owner_id,
                                          due_date, status)
              select :plan, o.position, o.title, o.description, o.owner_id, o.due_date, o.status
              from unnest(cast(:titles as text[]), cast(:descriptions as text[]),
                          cast(:owners as uuid[]), cast(:dueDates as date[]),
                          cast(:statuses as text[]))
                   with ordinality as o(title, description, owner_id, due_date, status, position)
              """)
          .setParameter("plan", plan)
          .setParameter("titles", objectives.stream().map(Objective::title).toArray(String[]::new))
          .setParameter(
              "descriptions",
              objectives.stream().map(Objective::description).toArray(String[]::new))
          .setParameter("owners", objectives.stream().map(Objective::ownerId).toArray(UUID[]::new))
          .setParameter(
              "dueDates", objectives.stream().map(Objective::dueDate).toArray(LocalDate[]::new))
          .setParameter(
              "statuses", objectives.stream().map(o -> o.status().name()).toArray(String[]::new))
          .executeUpdate();
    }
    if (!kpis.isEmpty()) {
      em.createNativeQuery(
              """
              insert into plan_kpi (plan_id, position, name, kind, unit, direction, target, actual)
              select :plan, k.position, k.name, k.kind, k.unit, k.direction, k.target, k.actual
              from unnest(cast(:names as text[]), cast(:kinds as text[]), cast(:units as text[]),
                          cast(:directions as text[]), cast(:targets as numeric[]),
                          cast(:actuals as numeric[]))
                   with ordinality as k(name, kind, unit, direction, target, actual, position)
              """)
          .setParameter("plan", plan)
          .setParameter("names", kpis.stream().map(KpiInput::name).toArray(String[]::new))
          .setParameter("kinds", kpis.stream().map(k -> k.kind().name()).toArray(String[]::new))
          .setParameter("units", kpis.stream().map(k -> k.unit().name()).toArray(String[]::new))
          .setParameter(
              "directions", kpis.stream().map(k -> k.direction().name()).toArray(String[]::new))
          .setParameter("targets", kpis.stream().map(KpiInput::target).toArray(BigDecimal[]::new))
          .setParameter("actuals", kpis.stream().map(KpiInput::actual).toArray(BigDecimal[]::new))
          .executeUpdate();
    }
  }

  /**
   * Of `ids`, the active staff who may own an objective of the account's plan: those the caller may
   * see (staff/Visibility) and those on the account (its owner, its account team).
   */
  @SuppressWarnings("unchecked")
  Set<UUID> eligibleOwners(UUID accountId, Collection<UUID> ids, Visibility visibility) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    SqlWhere seen = new SqlWhere();
    visibility.staff(seen, "s.id");
    String sql =
        """
        select s.id from staff s
        where s.id = any(cast(:ids as uuid[])) and s.active
          and (%s
               or s.id = (select a.owner_id from account a where a.id = :account)
               or exists (select 1 from account_team_member tm
                          where tm.account_id = :account and tm.staff_id = s.id))
        """
            .formatted(seen.sql());
    return new HashSet<>(
        seen.bind(em.createNativeQuery(sql))
            .setParameter("ids", ids.toArray(UUID[]::new))
            .setParameter("account", accountId)
            .getResultList());
  }
}
