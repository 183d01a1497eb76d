package io.clientele.account;

import io.clientele.common.ExternalId;
import io.clientele.staff.Visibility;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AccountQueries {
  /**
   * lastContactAt with never as the earliest time: the expression account_last_contact_idx holds.
   */
  private static final String LAST_CONTACT =
      "coalesce(a.last_contact_at, cast('-infinity' as timestamptz))";

  static final List<SortField<Account>> SORTABLE =
      List.of(
          new SortField<>("name", "a.name", "text", a -> a.name),
          new SortField<>("createdAt", "a.created_at", "timestamptz", a -> a.createdAt),
          new SortField<>("updatedAt", "a.updated_at", "timestamptz", a -> a.updatedAt),
          new SortField<>("tier", "a.tier", "text", a -> a.tier),
          // never contacted sorts first: the most neglected
          new SortField<>(
              "lastContactAt",
              LAST_CONTACT,
              "timestamptz",
              a -> a.lastContactAt == null ? "-infinity" : a.lastContactAt));

  public record Filter(
      UUID ownerId,
      Tier tier,
      AccountStatus status,
      String region,
      String industry,
      UUID parentId,
      String q,
      Instant updatedSince,
      LocalDate notContactedSince) {}

  private final EntityManager em;

  public AccountQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * The live accounts the caller may see, filtered; one (field, id) index per sort field.
   * notContactedSince expects account_last_contact_idx (or account_owner_last_contact_idx, owner by
   * owner).
   */
  public Page<Account> list(
      Filter filter, Visibility visibility, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere().and("a.deleted_at is null");
    visibility.account(where, "a.owner_id", "a.id");
    if (filter.ownerId() != null) {
      where.and("a.owner_id = " + where.param("ownerId", filter.ownerId()));
    }
    if (filter.tier() != null) {
      where.and("a.tier = " + where.param("tier", filter.tier().name()));
    }
    if (filter.status() != null) {
      where.and("a.status = " + where.param("status", filter.status().name()));
    }
    if (filter.region() != null) {
      where.and("a.region = " + where.param("region", filter.region()));
    }
    if (filter.industry() != null) {
      where.and("a.industry = " + where.param("industry", filter.industry()));
    }
    if (filter.parentId() != null) {
      where.and("a.parent_id = " + where.param("parentId", filter.parentId()));
    }
    if (filter.q() != null) {
      // served by account_name_trgm_idx
      where.and(
          "lower(a.name) like " + where.param("q", SqlWhere.containing(filter.q().toLowerCase())));
    }
    if (filter.updatedSince() != null) {
      where.and("a.updated_at >= " + where.param("updatedSince", filter.updatedSince()));
    }
    if (filter.notContactedSince() != null) {
      // no contact since the start of that day (UTC), or none at all
      where.and(
          LAST_CONTACT
              + " < "
              + where.param(
                  "notContactedSince",
                  filter.notContactedSince().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    Sort<Account> sort = Sort.parse(sortParam, "name", SORTABLE, "a.id", a -> a.id);
    return sort.fetch(em, "select a.* from account a", where, page, Account.class);
  }

  /** One live account, if the caller may see it. */
  public Optional<Account> findVisible(UUID id, Visibility visibility) {
    SqlWhere where = visibleById(id, visibility).and("a.deleted_at is null");
    @SuppressWarnings("unchecked")
    List<Account> rows =
        where
            .bind(
                em.createNativeQuery(
                    "select a.* from account a where " + where.sql(), Account.class))
            .getResultList();
    return rows.stream().findFirst();
  }

  /**
   * Whether the caller may see account `id`'s records, also once it is deleted: its invoices
   * outlive the CRM record.
   */
  public boolean isVisibleEvenIfDeleted(UUID id, Visibility visibility) {
    SqlWhere where = visibleById(id, visibility);
    return !where
        .bind(em.createNativeQuery("select 1 from account a where " + where.sql()))
        .getResultList()
        .isEmpty();
  }

  private static SqlWhere visibleById(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere();
    where.and("a.id = " + where.param("id", id));
    visibility.account(where, "a.owner_id", "a.id");
    return where;
  }

  public long countLiveChildren(UUID id) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from account where parent_id = :id and deleted_at is null")
                .setParameter("id", id)
                .getSingleResult())
        .longValue();
  }

  /** Which of these accounts (live or deleted) the caller may see, in one statement. */
  public Set<UUID> visibleIds(Collection<UUID> ids, Visibility visibility) {
    if (ids.isEmpty() || visibility.seesEveryone()) {
      return new HashSet<>(ids);
    }
    return visible(ids, visibility, false);
  }

  /** Which of these accounts exist, are not deleted and the caller may see, in one statement. */
  public Set<UUID> visibleLiveIds(Collection<UUID> ids, Visibility visibility) {
    return ids.isEmpty() ? new HashSet<>() : visible(ids, visibility, true);
  }

  @SuppressWarnings("unchecked")
  private Set<UUID> visible(Collection<UUID> ids, Visibility visibility, boolean liveOnly) {
    SqlWhere where = new SqlWhere();
    if (liveOnly) {
      where.and("a.deleted_at is null");
    }
    where.and("a.id = any(cast(" + where.param("ids", ids.toArray(UUID[]::new)) + " as uuid[]))");
    visibility.account(where, "a.owner_id", "a.id");
    return new HashSet<>(
        where
            .bind(em.createNativeQuery("select a.id from account a where " + where.sql()))
            .getResultList());
  }

  /** True when `candidate` is `id` itself or one of its descendants: it cannot be its parent. */
  public boolean isSelfOrDescendant(UUID id, UUID candidate) {
    return !em.createNativeQuery(
            """
            with recursive below(id) as (
              select cast(:id as uuid)
              union
              select a.id from account a join below b on a.parent_id = b.id
            )
            select 1 from below where id = :candidate
            """)
        .setParameter("id", id)
        .setParameter("candidate", candidate)
        .getResultList()
        .isEmpty();
  }

  /** Serialises changes of the account tree so two concurrent edits cannot close a cycle. */
  public void lockHierarchy() {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('account-hierarchy'))")
        .getSingleResult();
  }

  /**
   * The accounts (live or deleted) holding these external ids, by external id, in one statement;
   * expects account_external_id_unique.
   */
  @SuppressWarnings("unchecked")
  Map<ExternalId, UUID> byExternalIds(List<ExternalId> ids) {
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select e.source, e.external_id, e.account_id
                from unnest(cast(:sources as text[]), cast(:values as text[])) as w(source, external_id)
                join account_external_id e on e.source = w.source and e.external_id = w.external_id
                """)
            .setParameter("sources", ids.stream().map(ExternalId::source).toArray(String[]::new))
            .setParameter("values", ids.stream().map(ExternalId::externalId).toArray(String[]::new))
            .getResultList();
    Map<ExternalId, UUID> found = new HashMap<>();
    rows.forEach(r -> found.put(new ExternalId((String) r[0], (String) r[1]), (UUID) r[2]));
    return found;
  }
}
