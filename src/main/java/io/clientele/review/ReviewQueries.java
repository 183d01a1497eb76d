package io.clientele.review;

import io.clientele.common.FiscalPeriod;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reviews' SQL. Every read starts from the caller's visibility predicate (staff/Visibility),
 * which {@link ReviewAccess} hands in as a {@link SqlWhere}.
 */
@ApplicationScoped
class ReviewQueries {
  private static final List<SortField<Review>> SORTABLE =
      List.of(
          new SortField<>("createdAt", "r.created_at", "timestamptz", r -> r.createdAt),
          new SortField<>("cycleStart", "r.cycle_start", "date", r -> r.cycleStart));

  private final EntityManager em;

  ReviewQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * A page of the reviews the caller sees (`where`), narrowed by the filter. Expects
   * review_created_idx (the default order) or review_cycle_idx, and review_reviewer_idx for the
   * visibility predicate's reviewers.
   */
  Page<Review> list(
      SqlWhere where, UUID me, ReviewService.Filter filter, PageRequest page, String sortParam) {
    if (filter.scope() != null) {
      String self = where.param("scopeSelf", me);
      where.and(
          switch (filter.scope()) {
            case own -> "r.reviewee_id = " + self;
            case reviewing -> "r.reviewer_id = " + self;
            case team ->
                "r.reviewee_id in (select id from staff_subtree(%1$s)) and r.reviewee_id <> %1$s"
                    .formatted(self);
          });
    }
    if (filter.cycle() != null) {
      where.and("r.cycle = " + where.param("cycle", filter.cycle()));
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      String[] statuses = filter.statuses().stream().map(Enum::name).toArray(String[]::new);
      where.and("r.status = any(cast(" + where.param("statuses", statuses) + " as text[]))");
    }
    if (filter.revieweeId() != null) {
      where.and("r.reviewee_id = " + where.param("revieweeId", filter.revieweeId()));
    }
    if (filter.reviewerId() != null) {
      where.and("r.reviewer_id = " + where.param("reviewerId", filter.reviewerId()));
    }
    Sort<Review> sort = Sort.parse(sortParam, "-createdAt", SORTABLE, "r.id", r -> r.id);
    return sort.fetch(em, "select r.* from review r", where, page, Review.class);
  }

  /** One review the caller sees (`where`), locked when `forUpdate`; by its primary key. */
  @SuppressWarnings("unchecked")
  Optional<Review> find(SqlWhere where, UUID id, boolean forUpdate) {
    where.and("r.id = " + where.param("id", id));
    String sql = "select r.* from review r where " + where.sql();
    List<Review> rows =
        where
            .bind(em.createNativeQuery(sql + (forUpdate ? " for update of r" : ""), Review.class))
            .getResultList();
    return rows.stream().findFirst();
  }

  /**
   * Of these reviews, those written by the caller or by someone below them ({@link
   * Visibility#reviewerInTeam}); by primary key.
   */
  @SuppressWarnings("unchecked")
  Set<UUID> writtenInTeam(Collection<UUID> reviews, Visibility visibility) {
    if (reviews.isEmpty()) {
      return Set.of();
    }
    SqlWhere where = new SqlWhere();
    where.and(
        "r.id = any(cast(" + where.param("ids", reviews.toArray(UUID[]::new)) + " as uuid[]))");
    where.and(visibility.reviewerInTeam(where, "r"));
    return new HashSet<>(
        where
            .bind(em.createNativeQuery("select r.id from review r where " + where.sql()))
            .getResultList());
  }

  /**
   * Drafts a review of `cycle` by `reviewer` for each of their active direct reports who has none,
   * in one statement (review_reviewee_cycle_key decides "has none"); the new ids by reviewee name.
   */
  @SuppressWarnings("unchecked")
  List<UUID> draftForReports(UUID reviewer, FiscalPeriod cycle, Instant now) {
    return em.createNativeQuery(
            """
            insert into review (id, reviewee_id, reviewer_id, cycle, cycle_start, cycle_end, status,
                                version, created_at, updated_at)
            select uuid_v7(), s.id, :me, :cycle, :start, :end, 'draft', 0, :now, :now
            from staff s
            where s.manager_id = :me and s.active and s.id <> :me
            order by s.name, s.id
            on conflict (reviewee_id, cycle) do nothing
            returning id
            """)
        .setParameter("me", reviewer)
        .setParameter("cycle", cycle.label())
        .setParameter("start", cycle.start())
        .setParameter("end", cycle.end())
        .setParameter("now", now)
        .getResultList();
  }

  /**
   * The reviews of `cycle` that the active direct reports of `manager` had already (all but
   * `created`), by reviewee name; staff_manager_idx, then review_reviewee_cycle_key.
   */
  @SuppressWarnings("unchecked")
  List<UUID> reportsReviews(UUID manager, FiscalPeriod cycle, List<UUID> created) {
    return em.createNativeQuery(
            """
            select r.id from review r join staff s on s.id = r.reviewee_id
            where s.manager_id = :me and s.active and r.cycle = :cycle
              and r.id <> all(cast(:created as uuid[]))
            order by s.name, s.id
            """)
        .setParameter("me", manager)
        .setParameter("cycle", cycle.label())
        .setParameter("created", created.toArray(UUID[]::new))
        .getResultList();
  }
}
