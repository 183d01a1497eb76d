package io.clientele.review;

import io.clientele.staff.Caller;
import io.clientele.staff.Roles;
import io.clientele.staff.StaffQueries;
import io.clientele.web.ProblemException;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who sees and does what with reviews. Which reviews a caller sees is one SQL predicate ({@link
 * io.clientele.staff.Visibility#reviews}): lists and single reads go through it, and a review
 * outside it is 404. What they may do with one they see depends on where they stand towards it: the
 * reviewee, the reviewer, above the reviewer (asked of the database with the same predicate's
 * {@link io.clientele.staff.Visibility#reviewerInTeam}), or an admin / executive by role.
 */
@ApplicationScoped
class ReviewAccess {
  private final Caller caller;
  private final ReviewQueries queries;
  private final ReviewJson json;
  private final StaffQueries staff;

  ReviewAccess(Caller caller, ReviewQueries queries, ReviewJson json, StaffQueries staff) {
    this.caller = caller;
    this.queries = queries;
    this.json = json;
    this.staff = staff;
  }

  /** The caller's visibility predicate over reviews (alias `r`), for a list to narrow. */
  SqlWhere visible() {
    return caller.visibility().reviews(new SqlWhere(), "r");
  }

  UUID me() {
    return caller.staffId();
  }

  /** A review the caller sees, read through the same predicate as the list; else 404. */
  Review find(UUID id, boolean forUpdate) {
    return queries
        .find(visible(), id, forUpdate)
        .orElseThrow(() -> ProblemException.notFound("Review"));
  }

  /** Where the caller stands towards these reviews, in one statement. */
  Standing standing(Collection<Review> reviews) {
    Set<UUID> led =
        queries.writtenInTeam(reviews.stream().map(r -> r.id).toList(), caller.visibility());
    return new Standing(
        caller.staffId(),
        caller.is(Roles.ADMIN),
        caller.is(Roles.EXECUTIVE),
        caller.is(Roles.DIRECTOR),
        led);
  }

  /**
   * Where the caller stands towards a review: who they are, their roles, and which of the reviews
   * asked about were written by them or by someone below them (`led`).
   */
  record Standing(UUID me, boolean admin, boolean executive, boolean director, Set<UUID> led) {
    /**
     * Denials first: never the reviewee, whatever their role, and never the executive role unless
     * they wrote the review; then the reviewer, those above the reviewer and admins.
     */
    boolean seesCompensation(Review r) {
      boolean reviewer = r.reviewerId.equals(me);
      if (r.revieweeId.equals(me) || (executive && !reviewer)) {
        return false;
      }
      return reviewer || admin || led.contains(r.id);
    }

    /** The reviewer, a director above them, or an admin; never the reviewee. */
    boolean edits(Review r) {
      return !r.revieweeId.equals(me)
          && (admin || r.reviewerId.equals(me) || (director && led.contains(r.id)));
    }

    /** Who makes each move: the reviewer submits, the reviewee acknowledges, above closes. */
    boolean moves(Review r, ReviewStatus to) {
      boolean reviewee = r.revieweeId.equals(me);
      return switch (to) {
        case draft -> false;
        case submitted -> !reviewee && (admin || r.reviewerId.equals(me));
        case acknowledged -> reviewee;
        case closed ->
            !reviewee && (admin || (director && !r.reviewerId.equals(me) && led.contains(r.id)));
      };
    }
  }

  /**
   * Whether the caller may draft a review of `reviewee`: a member of their team, not themselves.
   */
  boolean draftsFor(UUID reviewee) {
    return caller.mayManage(reviewee);
  }

  /**
   * Someone above the reviewee, active, and (unless an admin asks) within the caller's team: the
   * caller may hand the review to a manager below them, not to a stranger.
   */
  void checkReviewer(UUID reviewee, UUID reviewer) {
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

  /** The review as this caller sees it, their standing asked of the database. */
  ReviewDto view(Review review) {
    return view(review, standing(List.of(review)));
  }

  /** The review as this caller sees it: compensation and moves as far as their standing allows. */
  ReviewDto view(Review review, Standing standing) {
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
        standing.seesCompensation(review) ? Compensation.of(review) : null,
        json.kpis(review),
        json.transitions(review),
        review.status().next().stream().filter(to -> standing.moves(review, to)).toList(),
        review.version,
        review.createdAt,
        review.updatedAt);
  }
}
