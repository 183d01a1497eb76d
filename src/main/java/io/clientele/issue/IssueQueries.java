package io.clientele.issue;

import io.clientele.staff.Visibility;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The SQL of issues: lists, one visible issue, and the checks that read the account and staff. */
@ApplicationScoped
public class IssueQueries {
  /** Open or in progress, spelled as the partial indexes' predicate so the planner uses them. */
  private static final String OPEN = "i.status in ('open', 'in_progress')";

  static final List<SortField<Issue>> SORTABLE =
      List.of(
          new SortField<>("dueAt", "i.due_at", "timestamptz", i -> i.dueAt),
          new SortField<>("raisedAt", "i.raised_at", "timestamptz", i -> i.raisedAt),
          new SortField<>("updatedAt", "i.updated_at", "timestamptz", i -> i.updatedAt),
          // low 1 ... critical 4: `-severity` lists the most severe first
          new SortField<>(
              "severity",
              "array_position(array['low', 'medium', 'high', 'critical'], i.severity)",
              "int",
              i -> i.severity.rank()));

  /** own: the caller's issues (owned or escalated to them); team: those of everyone below too. */
  @Schema(name = "IssueScope")
  public enum Scope {
    own,
    team
  }

  public record Filter(
      UUID accountId,
      UUID ownerId,
      UUID responsibleId,
      Scope scope,
      List<IssueStatus> statuses,
      List<IssueSeverity> severities,
      List<IssueCategory> categories,
      Boolean overdue) {

    Filter forAccount(UUID account) {
      return new Filter(
          account, ownerId, responsibleId, scope, statuses, severities, categories, overdue);
    }
  }

  /** A staff member and an account. */
  record Pair(UUID staffId, UUID accountId) {}

  private final EntityManager em;

  public IssueQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * The live issues of live accounts the caller may see, filtered. A team's overdue issues walk
   * account_issue_open_owner_due_idx per owner of the team; an account's list
   * account_issue_account_due_idx; the others a (field, id) index per sort field.
   */
  Page<Issue> list(
      Filter filter,
      Visibility visibility,
      UUID caller,
      Instant now,
      PageRequest page,
      String sortParam) {
    SqlWhere where = new SqlWhere().and("i.deleted_at is null and a.deleted_at is null");
    visibility.account(where, "a.owner_id", "a.id");
    if (filter.scope() == Scope.own) {
      String me = where.param("scopeRoot", caller);
      where.and("(i.owner_id = " + me + " or i.responsible_id = " + me + ")");
    } else if (filter.scope() == Scope.team) {
      // whoever is responsible for an issue of the team is at or above its owner: the owners say it
      where.and(
          "i.owner_id in (select id from staff_subtree(" + where.param("scopeRoot", caller) + "))");
    }
    if (filter.accountId() != null) {
      where.and("i.account_id = " + where.param("accountId", filter.accountId()));
    }
    if (filter.ownerId() != null) {
      where.and("i.owner_id = " + where.param("ownerId", filter.ownerId()));
    }
    if (filter.responsibleId() != null) {
      where.and("i.responsible_id = " + where.param("responsibleId", filter.responsibleId()));
    }
    inList(where, "i.status", "statuses", filter.statuses());
    inList(where, "i.severity", "severities", filter.severities());
    inList(where, "i.category", "categories", filter.categories());
    if (filter.overdue() != null) {
      String overdue = OPEN + " and i.due_at < " + where.param("now", now);
      where.and(filter.overdue() ? overdue : "not (" + overdue + ")");
    }
    Sort<Issue> sort = Sort.parse(sortParam, "dueAt", SORTABLE, "i.id", i -> i.id);
    return sort.fetch(
        em,
        "select i.* from account_issue i join account a on a.id = i.account_id",
        where,
        page,
        Issue.class);
  }

  private static void inList(
      SqlWhere where, String column, String name, List<? extends Enum<?>> in) {
    if (in != null && !in.isEmpty()) {
      where.and(
          column
              + " = any(cast("
              + where.param(name, in.stream().map(Enum::name).toArray(String[]::new))
              + " as text[]))");
    }
  }

  /** A live issue of a live account the caller may see; by primary key. */
  Optional<Issue> findVisible(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("i.deleted_at is null and a.deleted_at is null");
    where.and("i.id = " + where.param("id", id));
    visibility.account(where, "a.owner_id", "a.id");
    @SuppressWarnings("unchecked")
    List<Issue> rows =
        where
            .bind(
                em.createNativeQuery(
                    "select i.* from account_issue i join account a on a.id = i.account_id where "
                        + where.sql(),
                    Issue.class))
            .getResultList();
    return rows.stream().findFirst();
  }

  /** Which of these issues (live or deleted) the caller may see, by their accounts. */
  @SuppressWarnings("unchecked")
  Set<UUID> visibleIds(Collection<UUID> ids, Visibility visibility) {
    if (ids.isEmpty() || visibility.seesEveryone()) {
      return new HashSet<>(ids);
    }
    SqlWhere where = new SqlWhere();
    where.and("i.id = any(cast(" + where.param("ids", ids.toArray(UUID[]::new)) + " as uuid[]))");
    visibility.account(where, "a.owner_id", "a.id");
    return new HashSet<>(
        where
            .bind(
                em.createNativeQuery(
                    "select i.id from account_issue i join account a on a.id = i.account_id where "
                        + where.sql()))
            .getResultList());
  }

  /**
   * The moves of these issues, oldest first, by issue; expects account_issue_transition_issue_idx.
   */
  Map<UUID, List<IssueTransition>> transitionsOf(Collection<UUID> issueIds) {
    if (issueIds.isEmpty()) {
      return Map.of();
    }
    List<IssueTransition> moves =
        IssueTransition.list("issueId in ?1 order by seq", List.copyOf(issueIds));
    return moves.stream().collect(Collectors.groupingBy(t -> t.issueId));
  }

  /** The owners of these accounts, by account. */
  @SuppressWarnings("unchecked")
  Map<UUID, UUID> accountOwners(Collection<UUID> accountIds) {
    Map<UUID, UUID> owners = new HashMap<>();
    if (accountIds.isEmpty()) {
      return owners;
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, owner_id from account where id = any(cast(:ids as uuid[]))")
            .setParameter("ids", accountIds.toArray(UUID[]::new))
            .getResultList();
    rows.forEach(r -> owners.put((UUID) r[0], (UUID) r[1]));
    return owners;
  }

  /**
   * Of these (staff, account) pairs, those where the staff member works on the account: its owner,
   * on its team, or above one of them in the manager tree (exactly who sees it as a director or
   * manager would). Walks up from each account's people, in one statement.
   */
  @SuppressWarnings("unchecked")
  Set<Pair> workingOn(Collection<Pair> pairs) {
    if (pairs.isEmpty()) {
      return Set.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                """
                with recursive people(account_id, staff_id, depth) as (
                  select p.account_id, p.staff_id, 0 from (
                    select a.id as account_id, a.owner_id as staff_id from account a
                    where a.id = any(cast(:accounts as uuid[]))
                    union
                    select tm.account_id, tm.staff_id from account_team_member tm
                    where tm.account_id = any(cast(:accounts as uuid[]))
                  ) p
                  union
                  select p.account_id, s.manager_id, p.depth + 1
                  from people p join staff s on s.id = p.staff_id
                  where s.manager_id is not null and p.depth < 100
                )
                select distinct w.staff_id, w.account_id
                from unnest(cast(:staff as uuid[]), cast(:accounts as uuid[])) as w(staff_id, account_id)
                join people p on p.account_id = w.account_id and p.staff_id = w.staff_id
                """)
            .setParameter("staff", pairs.stream().map(Pair::staffId).toArray(UUID[]::new))
            .setParameter("accounts", pairs.stream().map(Pair::accountId).toArray(UUID[]::new))
            .getResultList();
    return rows.stream().map(r -> new Pair((UUID) r[0], (UUID) r[1])).collect(Collectors.toSet());
  }

  /**
   * The first active staff member above `staffId` in the manager tree (skipping those who left), or
   * empty at the top.
   */
  @SuppressWarnings("unchecked")
  Optional<UUID> nextActiveAbove(UUID staffId) {
    List<UUID> rows =
        em.createNativeQuery(
                """
                with recursive up(id, depth) as (
                  select manager_id, 1 from staff where id = :id and manager_id is not null
                  union all
                  select s.manager_id, up.depth + 1 from up join staff s on s.id = up.id
                  where s.manager_id is not null and up.depth < 100
                )
                select up.id from up join staff s on s.id = up.id
                where s.active order by up.depth limit 1
                """)
            .setParameter("id", staffId)
            .getResultList();
    return rows.stream().findFirst();
  }

  /** A staff member's name, for messages. */
  String staffName(UUID staffId) {
    return String.valueOf(
        em.createNativeQuery("select name from staff where id = :id")
            .setParameter("id", staffId)
            .getSingleResult());
  }
}
