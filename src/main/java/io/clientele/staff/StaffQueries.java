package io.clientele.staff;

import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class StaffQueries {
  static final List<SortField<Staff>> SORTABLE =
      List.of(
          new SortField<>("name", "s.name", "text", s -> s.name),
          new SortField<>("createdAt", "s.created_at", "timestamptz", s -> s.createdAt),
          new SortField<>("updatedAt", "s.updated_at", "timestamptz", s -> s.updatedAt));

  public record Filter(String role, UUID managerId, String q, Boolean active) {}

  private final EntityManager em;

  public StaffQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * The staff directory; expects staff_name_idx for the default order, staff_roles_idx for role.
   */
  public Page<Staff> list(Filter filter, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere();
    if (filter.role() != null) {
      where.and(where.param("role", filter.role()) + " = any (s.roles)");
    }
    if (filter.managerId() != null) {
      where.and("s.manager_id = " + where.param("managerId", filter.managerId()));
    }
    if (filter.q() != null) {
      where.and(
          "(s.name ilike "
              + where.param("q", SqlWhere.containing(filter.q()))
              + " or s.email ilike :q)");
    }
    if (filter.active() != null) {
      where.and("s.active = " + where.param("active", filter.active()));
    }
    return page(where, page, sortParam);
  }

  /** Direct reports, or with `all` everyone below at any depth (staff_subtree walks the tree). */
  public Page<Staff> reports(UUID managerId, boolean all, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere();
    if (all) {
      where.and("s.id in (select id from staff_subtree(" + where.param("root", managerId) + "))");
      where.and("s.id <> :root");
    } else {
      where.and("s.manager_id = " + where.param("root", managerId));
    }
    return page(where, page, sortParam);
  }

  public boolean isVisible(Visibility visibility, UUID staffId) {
    SqlWhere where = new SqlWhere();
    where.and("s.id = " + where.param("id", staffId));
    visibility.staff(where, "s.id");
    return !where
        .bind(em.createNativeQuery("select 1 from staff s where " + where.sql()))
        .getResultList()
        .isEmpty();
  }

  public boolean isActive(UUID staffId) {
    return !em.createNativeQuery("select 1 from staff where id = :id and active")
        .setParameter("id", staffId)
        .getResultList()
        .isEmpty();
  }

  /** Which of these staff are active, in one statement. */
  @SuppressWarnings("unchecked")
  public Set<UUID> active(Collection<UUID> staffIds) {
    if (staffIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createNativeQuery("select id from staff where id = any(cast(:ids as uuid[])) and active")
            .setParameter("ids", staffIds.toArray(UUID[]::new))
            .getResultList());
  }

  /** True when `candidate` is `staffId` itself or anyone below it at any depth. */
  public boolean isInSubtree(UUID staffId, UUID candidate) {
    return !em.createNativeQuery("select 1 from staff_subtree(:root) where id = :candidate")
        .setParameter("root", staffId)
        .setParameter("candidate", candidate)
        .getResultList()
        .isEmpty();
  }

  /** `staffId` and everyone below them at any depth. */
  @SuppressWarnings("unchecked")
  public Set<UUID> subtree(UUID staffId) {
    return new HashSet<>(
        em.createNativeQuery("select id from staff_subtree(:root)")
            .setParameter("root", staffId)
            .getResultList());
  }

  /** Serialises changes of the manager tree so two concurrent edits cannot close a cycle. */
  public void lockHierarchy() {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('staff-hierarchy'))")
        .getSingleResult();
  }

  private Page<Staff> page(SqlWhere where, PageRequest page, String sortParam) {
    Sort<Staff> sort = Sort.parse(sortParam, "name", SORTABLE, "s.id", s -> s.id);
    return sort.fetch(em, "select s.* from staff s", where, page, Staff.class);
  }
}
