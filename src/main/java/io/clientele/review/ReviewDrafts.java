package io.clientele.review;

import io.clientele.common.FiscalCalendar;
import io.clientele.common.FiscalPeriod;
import io.clientele.staff.Staff;
import io.clientele.web.ETags;
import io.clientele.web.FieldErrors;
import io.clientele.web.MergePatch;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

/**
 * Drafting a review: making one and changing its fields while it is a draft. What a draft may hold
 * (a reviewer above the reviewee, known competencies, a consistent compensation) is checked here.
 */
@ApplicationScoped
public class ReviewDrafts {
  private final ReviewAccess access;
  private final ReviewJson json;
  private final FiscalCalendar calendar;
  private final MergePatch mergePatch;

  public ReviewDrafts(
      ReviewAccess access, ReviewJson json, FiscalCalendar calendar, MergePatch mergePatch) {
    this.access = access;
    this.json = json;
    this.calendar = calendar;
    this.mergePatch = mergePatch;
  }

  @Transactional
  public ReviewDto create(ReviewInput input) {
    FiscalPeriod cycle = calendar.periodField("cycle", input.cycle());
    if (!access.draftsFor(input.revieweeId())) {
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
    return access.view(review);
  }

  /**
   * JSON Merge Patch over a draft's fields, by whoever may edit it. A patch that changes nothing
   * (null ratings where there are none, say) is no new version.
   */
  @Transactional
  public ReviewDto update(UUID id, String patch, OptionalLong expectedVersion) {
    Review review = access.find(id, true);
    ETags.checkIfMatch(expectedVersion, review.version);
    if (!access.standing(List.of(review)).edits(review)) {
      throw ProblemException.forbidden(
          "Only the reviewer, a director above the reviewer or an admin edit a review");
    }
    if (review.status() != ReviewStatus.draft) {
      throw ProblemException.conflict(
          "Only a draft may be edited; this review is " + review.status);
    }
    ReviewChanges current =
        new ReviewChanges(
            review.reviewerId,
            json.ratings(review),
            json.goals(review),
            review.strengths,
            review.improvements,
            Compensation.of(review));
    ReviewChanges changed = mergePatch.apply(current, patch, ReviewChanges.class);
    if (!changed.equals(current)) {
      apply(review, changed, current.ratings());
      review.flush();
    }
    // the reviewer may have changed, and with them who stands above the review
    return access.view(review);
  }

  /** Checks and writes a draft's fields; `rated` are the ratings it had (retired ones stay). */
  private void apply(Review review, ReviewChanges changes, List<Rating> rated) {
    FieldErrors errors = new FieldErrors();
    errors.check(() -> access.checkReviewer(review.revieweeId, changes.reviewerId()));
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
}
