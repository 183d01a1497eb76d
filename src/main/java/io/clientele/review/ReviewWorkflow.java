package io.clientele.review;

import io.clientele.common.FiscalPeriod;
import io.clientele.common.Timestamps;
import io.clientele.web.ETags;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * A review's moves (draft, submitted, acknowledged, closed; see {@link ReviewStatus}), and opening
 * a cycle: drafts for a manager's whole team at once.
 */
@ApplicationScoped
public class ReviewWorkflow {
  /** The outcome of opening a cycle: the drafts made now and the reviews that existed. */
  public record Opened(String cycle, List<UUID> created, List<UUID> existing) {}

  private final ReviewAccess access;
  private final ReviewQueries queries;
  private final ReviewJson json;
  private final KpiService kpis;

  public ReviewWorkflow(
      ReviewAccess access, ReviewQueries queries, ReviewJson json, KpiService kpis) {
    this.access = access;
    this.queries = queries;
    this.json = json;
    this.kpis = kpis;
  }

  /**
   * Moves a review on: submit (freezing its KPIs), acknowledge (with the reviewee's comment) or
   * close. A move the status does not allow is 409 naming the allowed ones; one the caller does not
   * make is 403.
   */
  @Transactional
  public ReviewDto move(UUID id, ReviewStatus to, String comment, OptionalLong expectedVersion) {
    Review review = access.find(id, true);
    ReviewAccess.Standing standing = access.standing(List.of(review));
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
      review.kpis = json.write(kpis.live(review).asFrozen());
    }
    if (to == ReviewStatus.acknowledged) {
      review.revieweeComment = comment;
    }
    List<Transition> transitions = new ArrayList<>(json.transitions(review));
    transitions.add(new Transition(from, to, standing.me(), now));
    review.transitions = json.write(transitions);
    review.status = to.name();
    review.flush();
    return access.view(review, standing);
  }

  /**
   * Drafts a review for the cycle of every active direct report of the caller who has none yet, the
   * caller as reviewer, in one statement; opening a cycle twice changes nothing.
   */
  @Transactional
  public Opened openCycle(FiscalPeriod cycle) {
    UUID me = access.me();
    List<UUID> created = queries.draftForReports(me, cycle, Timestamps.now());
    return new Opened(cycle.label(), created, queries.reportsReviews(me, cycle, created));
  }
}
