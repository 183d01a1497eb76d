package io.clientele.staff;

import io.clientele.common.Ids;
import io.clientele.common.Timestamps;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
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

  /** Which of these are staff members, active or not, in one statement. */
  @SuppressWarnings("unchecked")
  public Set<UUID> existing(Collection<UUID> staffIds) {
    if (staffIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createNativeQuery("select id from staff where id = any(cast(:ids as uuid[]))")
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

  /**
   * The staff row of a token subject (staff_subject_key), its roles column set to mirror the
   * token's when they differ; null when no row has the subject.
   */
  public UUID findAndMirrorRoles(String subject, String[] roles) {
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "select id, roles = cast(:roles as text[]) from staff where subject = :subject")
            .setParameter("subject", subject)
            .setParameter("roles", roles)
            .getResultList();
    if (found.isEmpty()) {
      return null;
    }
    UUID id = (UUID) found.get(0)[0];
    if (!Boolean.TRUE.equals(found.get(0)[1])) {
      em.createNativeQuery("update staff set roles = cast(:roles as text[]) where id = :id")
          .setParameter("roles", roles)
          .setParameter("id", id)
          .executeUpdate();
    }
    return id;
  }

  /**
   * Claims for a first sign-in the oldest row an admin prepared with this email and no subject yet;
   * its id, or null when there is none. Skips a row another sign-in is claiming right now; expects
   * staff_email_idx.
   */
  public UUID linkPreparedRecord(String subject, String email, String[] roles) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(
                """
                update staff set subject = :subject, roles = cast(:roles as text[])
                where id = (select id from staff
                            where subject is null and lower(email) = lower(:email)
                            order by created_at limit 1
                            for update skip locked)
                returning id
                """,
                UUID.class)
            .setParameter("subject", subject)
            .setParameter("email", email)
            .setParameter("roles", roles)
            .getResultList();
    return ids.isEmpty() ? null : ids.get(0);
  }

  /** A new staff row for a first sign-in; nothing when a racing sign-in inserted it first. */
  public void insertSignedIn(String subject, String email, String name, String[] roles) {
    em.createNativeQuery(
            """
            insert into staff (id, subject, email, name, roles, active, version, created_at,
                               updated_at)
            values (:id, :subject, :email, :name, cast(:roles as text[]), true, 0, :now, :now)
            on conflict (subject) do nothing
            """)
        .setParameter("id", Ids.newId())
        .setParameter("subject", subject)
        .setParameter("email", email)
        .setParameter("name", name)
        .setParameter("roles", roles)
        .setParameter("now", Timestamp.from(Timestamps.now()))
        .executeUpdate();
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
