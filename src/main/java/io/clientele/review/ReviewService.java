package io.clientele.review;

import io.clientele.common.FiscalCalendar;
import io.clientele.common.FiscalPeriod;
import io.clientele.common.Money;
import io.clientele.common.Timestamps;
import io.clientele.staff.Caller;
import io.clientele.staff.Roles;
import io.clientele.staff.Staff;
import io.clientele.staff.StaffQueries;
import io.clientele.web.ETags;
import io.clientele.web.FieldErrors;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reviews and their workflow. Who sees and does what is decided here, per review, from where the
 * caller stands: the reviewee, the reviewer, above the reviewer (the reviewer is in the caller's
 * subtree), or an admin / executive by role. Nobody else learns a review exists (404).
 */
@ApplicationScoped
public class ReviewService {
  private static final List<SortField<Review>> SORTABLE =
      List.of(
          new SortField<>("createdAt", "r.created_at", "timestamptz", r -> r.createdAt),
          new SortField<>("cycleStart", "r.cycle_start", "date", r -> r.cycleStart));

  /** Which reviews a list is about, from the caller's point of view. */
  @Schema(name = "ReviewScope")
  public enum Scope {
    /** The caller is the reviewee. */
    own,
    /** The caller is the reviewer. */
    reviewing,
    /** The reviewee is below the caller. */
    team
  }

  public record Filter(
      String cycle, List<ReviewStatus> statuses, UUID revieweeId, UUID reviewerId, Scope scope) {}

  /** The outcome of opening a cycle: the drafts made now and the reviews that existed. */
  public record Opened(String cycle, List<UUID> created, List<UUID> existing) {}

  private final ReviewJson json;
  private final KpiService kpis;
  private final StaffQueries staff;
  private final FiscalCalendar calendar;
  private final MergePatch mergePatch;
  private final Caller caller;
  private final EntityManager em;

  public ReviewService(
      ReviewJson json,
      KpiService kpis,
      StaffQueries staff,
      FiscalCalendar calendar,
      MergePatch mergePatch,
      Caller caller,
      EntityManager em) {
    this.json = json;
    this.kpis = kpis;
    this.staff = staff;
    this.calendar = calendar;
    this.mergePatch = mergePatch;
    this.caller = caller;
    this.em = em;
  }

  /**
   * What the caller may do with a review they see (which ones they see is {@link
   * io.clientele.staff.Visibility#reviews}): their subtree is loaded once per request.
   */
  private final class Standing {
    final UUID me = caller.staffId();
    final boolean admin = caller.is(Roles.ADMIN);
    final Set<UUID> below = staff.subtree(me);

    /**
     * Denials first: never the reviewee, whatever their role, and never the executive role unless
     * they wrote the review; then the reviewer, those above the reviewer and admins.
     */
    boolean seesCompensation(Review r) {
      boolean reviewer = r.reviewerId.equals(me);
      if (r.revieweeId.equals(me) || (caller.is(Roles.EXECUTIVE) && !reviewer)) {
        return false;
      }
      return reviewer || admin || below.contains(r.reviewerId);
    }

    /** The reviewer, a director above them, or an admin; never the reviewee. */
    boolean edits(Review r) {
      return !r.revieweeId.equals(me)
          && (admin
              || r.reviewerId.equals(me)
              || (caller.is(Roles.DIRECTOR) && below.contains(r.reviewerId)));
    }

    /** Who makes each move: the reviewer submits, the reviewee acknowledges, above closes. */
    boolean moves(Review r, ReviewStatus to) {
      boolean reviewee = r.revieweeId.equals(me);
      return switch (to) {
        case draft -> false;
        case submitted -> !reviewee && (admin || r.reviewerId.equals(me));
        case acknowledged -> reviewee;
        case closed ->
            !reviewee
                && (admin
                    || (caller.is(Roles.DIRECTOR)
                        && !r.reviewerId.equals(me)
                        && below.contains(r.reviewerId)));
      };
    }
  }

  public Page<ReviewDto> list(Filter filter, PageRequest page, String sortParam) {
    Standing standing = new Standing();
    SqlWhere where = caller.visibility().reviews(new SqlWhere(), "r");
    UUID[] below = standing.below.toArray(UUID[]::new);
    if (filter.scope() != null) {
      switch (filter.scope()) {
        case own -> where.and("r.reviewee_id = " + where.param("scopeSelf", standing.me));
        case reviewing -> where.and("r.reviewer_id = " + where.param("scopeSelf", standing.me));
        case team ->
            where.and(
                "r.reviewee_id = any(cast("
                    + where.param("scopeTeam", below)
                    + " as uuid[])) and r.reviewee_id <> "
                    + where.param("scopeSelf", standing.me));
      }
    }
    if (filter.cycle() != null) {
      where.and("r.cycle = " + where.param("cycle", filter.cycle()));
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.and(
          "r.status = any(cast("
              + where.param(
                  "statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new))
              + " as text[]))");
    }
    if (filter.revieweeId() != null) {
      where.and("r.reviewee_id = " + where.param("revieweeId", filter.revieweeId()));
    }
    if (filter.reviewerId() != null) {
      where.and("r.reviewer_id = " + where.param("reviewerId", filter.reviewerId()));
    }
    Sort<Review> sort = Sort.parse(sortParam, "-createdAt", SORTABLE, "r.id", r -> r.id);
    return sort.fetch(em, "select r.* from review r", where, page, Review.class)
        .map(r -> dto(r, standing));
  }

  public ReviewDto get(UUID id) {
    Standing standing = new Standing();
    return dto(find(id, false), standing);
  }

  /** The KPIs: frozen once submitted, computed now while a draft. */
  public Kpis kpis(UUID id) {
    Review review = find(id, false);
    Kpis frozen = json.kpis(review);
    return frozen != null ? frozen : kpis.live(review.revieweeId, cycleOf(review));
  }

  @Transactional
  public ReviewDto create(ReviewInput input) {
    Standing standing = new Standing();
    FiscalPeriod cycle = calendar.periodField("cycle", input.cycle());
    if (!caller.mayManage(input.revieweeId())) {
      throw ProblemException.invalidField(
          "revieweeId", "must be an active member of your team (not yourself)");
    }
    Review existing =
        Review.find("revieweeId = ?1 and cycle = ?2", input.revieweeId(), cycle.label())
            .firstResult();
    if (existing != null) {
      throw ProblemException.conflict(
          "The reviewee already has a review for "
              + cycle.label()
              + ": /api/v1/reviews/"
              + existing.id);
    }
    Review review = new Review();
    review.revieweeId = input.revieweeId();
    review.cycle = cycle.label();
    review.cycleStart = cycle.start();
    review.cycleEnd = cycle.end();
    review.status = ReviewStatus.draft.name();
    review.transitions = json.write(List.of());
    UUID reviewer = input.reviewerId();
    if (reviewer == null) {
      reviewer = Staff.<Staff>findById(input.revieweeId()).managerId;
    }
    apply(
        review,
        new ReviewChanges(
            reviewer,
            input.ratings(),
            input.goals(),
            input.strengths(),
            input.improvements(),
            input.compensation()),
        List.of());
    review.persist();
    review.flush();
    return dto(review, standing);
  }

  /**
   * JSON Merge Patch over a draft's fields, by whoever may edit it. A patch that changes nothing
   * (null ratings where there are none, say) is no new version.
   */
  @Transactional
  public ReviewDto update(UUID id, String patch, OptionalLong expectedVersion) {
    Standing standing = new Standing();
    Review review = find(id, true);
    ETags.checkIfMatch(expectedVersion, review.version);
    if (!standing.edits(review)) {
      throw ProblemException.forbidden(
          "Only the reviewer, a director above the reviewer or an admin edit a review");
    }
    if (review.status() != ReviewStatus.draft) {
      throw ProblemException.conflict(
          "Only a draft may be edited; this review is " + review.status);
    }
    ReviewChanges current = changes(review);
    ReviewChanges changed = mergePatch.apply(current, patch, ReviewChanges.class);
    if (!changed.equals(current)) {
      apply(review, changed, current.ratings());
      review.flush();
    }
    return dto(review, standing);
  }

  /**
   * Moves a review on: submit (freezing its KPIs), acknowledge (with the reviewee's comment) or
   * close. A move the status does not allow is 409 naming the allowed ones; one the caller does not
   * make is 403.
   */
  @Transactional
  public ReviewDto move(UUID id, ReviewStatus to, String comment, OptionalLong expectedVersion) {
    Standing standing = new Standing();
    Review review = find(id, true);
    ETags.checkIfMatch(expectedVersion, review.version);
    ReviewStatus from = review.status();
    if (!from.next().contains(to)) {
      throw ProblemException.wrongMove(
          "review", from.name(), to.name(), from.next().stream().map(Enum::name).toList());
    }
    if (!standing.moves(review, to)) {
      throw ProblemException.forbidden(
          switch (to) {
            case submitted -> "Only the reviewer (or an admin) submits a review";
            case acknowledged -> "Only the reviewee acknowledges a review";
            default -> "Only a director above the reviewer (or an admin) closes a review";
          });
    }
    Instant now = Timestamps.now();
    if (to == ReviewStatus.submitted) {
      review.kpis = json.write(kpis.live(review.revieweeId, cycleOf(review)).asFrozen());
    }
    if (to == ReviewStatus.acknowledged) {
      review.revieweeComment = comment;
    }
    List<Transition> transitions = new ArrayList<>(json.transitions(review));
    transitions.add(new Transition(from, to, standing.me, now));
    review.transitions = json.write(transitions);
    review.status = to.name();
    review.flush();
    return dto(review, standing);
  }

  /**
   * Drafts a review for the cycle of every active direct report of the caller who has none yet, the
   * caller as reviewer, in one statement; opening a cycle twice changes nothing.
   */
  @Transactional
  @SuppressWarnings("unchecked")
  public Opened openCycle(String label) {
    FiscalPeriod cycle = calendar.period("period", label);
    UUID me = caller.staffId();
    Instant now = Timestamps.now();
    List<UUID> created =
        em.createNativeQuery(
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
            .setParameter("me", me)
            .setParameter("cycle", cycle.label())
            .setParameter("start", cycle.start())
            .setParameter("end", cycle.end())
            .setParameter("now", now)
            .getResultList();
    List<UUID> existing =
        em.createNativeQuery(
                """
                select r.id from review r join staff s on s.id = r.reviewee_id
                where s.manager_id = :me and s.active and r.cycle = :cycle
                  and r.id <> all(cast(:created as uuid[]))
                order by s.name, s.id
                """)
            .setParameter("me", me)
            .setParameter("cycle", cycle.label())
            .setParameter("created", created.toArray(UUID[]::new))
            .getResultList();
    return new Opened(cycle.label(), created, existing);
  }

  /** A review the caller sees, read through the same predicate as the list; else 404. */
  @SuppressWarnings("unchecked")
  private Review find(UUID id, boolean forUpdate) {
    SqlWhere where = caller.visibility().reviews(new SqlWhere(), "r");
    where.and("r.id = " + where.param("id", id));
    List<Review> rows =
        where
            .bind(
                em.createNativeQuery(
                    "select r.* from review r where "
                        + where.sql()
                        + (forUpdate ? " for update of r" : ""),
                    Review.class))
            .getResultList();
    return rows.stream().findFirst().orElseThrow(() -> ProblemException.notFound("Review"));
  }

  private FiscalPeriod cycleOf(Review review) {
    FiscalPeriod period = calendar.periodField("cycle", review.cycle);
    // the days the review was made for, even if the fiscal calendar has moved since
    return new FiscalPeriod(review.cycle, period.kind(), review.cycleStart, review.cycleEnd);
  }

  private ReviewChanges changes(Review review) {
    return new ReviewChanges(
        review.reviewerId,
        json.ratings(review),
        json.goals(review),
        review.strengths,
        review.improvements,
        compensation(review));
  }

  private static Compensation compensation(Review review) {
    return new Compensation(
        review.meritIncreasePercent,
        review.bonusCurrency == null ? null : new Money(review.bonusAmount, review.bonusCurrency),
        review.promotion,
        review.proposedTitle,
        review.rotation,
        review.rotationNote);
  }

  /** Checks and writes a draft's fields; `rated` are the ratings it had (retired ones stay). */
  private void apply(Review review, ReviewChanges changes, List<Rating> rated) {
    FieldErrors errors = new FieldErrors();
    errors.check(() -> checkReviewer(review.revieweeId, changes.reviewerId()));
    List<Rating> ratings =
        errors.check(
            () -> checkRatings(Objects.requireNonNullElse(changes.ratings(), List.of()), rated));
    Compensation c =
        errors.check(
            () ->
                checkCompensation(
                    Objects.requireNonNullElse(changes.compensation(), Compensation.NONE)));
    errors.throwIfAny();
    review.reviewerId = changes.reviewerId();
    review.ratings = json.write(ratings);
    review.goals =
        json.write(
            Objects.requireNonNullElse(changes.goals(), List.<Goal>of()).stream()
                .map(Goal::withDefaults)
                .toList());
    review.strengths = changes.strengths();
    review.improvements = changes.improvements();
    review.meritIncreasePercent = c.meritIncreasePercent();
    review.bonusAmount = c.bonus() == null ? null : c.bonus().amount();
    review.bonusCurrency = c.bonus() == null ? null : c.bonus().currency();
    review.promotion = c.promotion();
    review.proposedTitle = c.proposedTitle();
    review.rotation = c.rotation();
    review.rotationNote = c.rotationNote();
  }

  /**
   * Someone above the reviewee, active, and (unless an admin asks) within the caller's team: the
   * caller may hand the review to a manager below them, not to a stranger.
   */
  private void checkReviewer(UUID reviewee, UUID reviewer) {
    if (reviewer == null) {
      throw ProblemException.invalidField(
          "reviewerId", "the reviewee has no manager: name a reviewer");
    }
    if (reviewer.equals(reviewee)
        || !staff.isInSubtree(reviewer, reviewee)
        || !staff.isActive(reviewer)
        || !(caller.is(Roles.ADMIN) || caller.maySee(reviewer))) {
      throw ProblemException.invalidField(
          "reviewerId", "must be an active staff member above the reviewee, in your team");
    }
  }

  /** Known competencies, each at most once, sorted in form order; retired ones only if kept. */
  private static List<Rating> checkRatings(List<Rating> ratings, List<Rating> rated) {
    Map<String, Competency> competencies = new HashMap<>();
    Competency.<Competency>listAll().forEach(c -> competencies.put(c.key, c));
    Set<String> kept = rated.stream().map(Rating::competency).collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ratings.size(); i++) {
      String key = ratings.get(i).competency();
      Competency competency = competencies.get(key);
      String field = "ratings[" + i + "].competency";
      if (competency == null) {
        throw ProblemException.invalidField(field, "unknown competency '" + key + "'");
      }
      if (competency.retired && !kept.contains(key)) {
        throw ProblemException.invalidField(field, "competency '" + key + "' is retired");
      }
      if (!seen.add(key)) {
        throw ProblemException.invalidField(field, "'" + key + "' is rated twice");
      }
    }
    return ratings.stream()
        .sorted(
            Comparator.comparing((Rating r) -> competencies.get(r.competency()).position)
                .thenComparing(Rating::competency))
        .toList();
  }

  private static Compensation checkCompensation(Compensation c) {
    FieldErrors errors = new FieldErrors();
    if (c.bonus() != null && c.bonus().amount().signum() < 0) {
      errors.add("compensation.bonus.amount", "must be zero or more");
    }
    boolean promoted = Boolean.TRUE.equals(c.promotion());
    if (promoted && (c.proposedTitle() == null || c.proposedTitle().isBlank())) {
      errors.add("compensation.proposedTitle", "is required with a promotion");
    }
    if (!promoted && c.proposedTitle() != null) {
      errors.add("compensation.proposedTitle", "is only given with promotion true");
    }
    if (!Boolean.TRUE.equals(c.rotation()) && c.rotationNote() != null) {
      errors.add("compensation.rotationNote", "is only given with rotation true");
    }
    errors.throwIfAny();
    return c;
  }

  private ReviewDto dto(Review review, Standing standing) {
    return new ReviewDto(
        review.id,
        review.revieweeId,
        review.reviewerId,
        review.cycle,
        review.cycleStart,
        review.cycleEnd,
        review.status(),
        json.ratings(review),
        json.goals(review),
        review.strengths,
        review.improvements,
        review.revieweeComment,
        standing.seesCompensation(review) ? compensation(review) : null,
        json.kpis(review),
        json.transitions(review),
        review.status().next().stream().filter(to -> standing.moves(review, to)).toList(),
        review.version,
        review.createdAt,
        review.updatedAt);
  }
}
