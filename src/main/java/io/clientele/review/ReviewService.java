package io.clientele.review;

import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reading reviews: the list, one review and its KPIs, each through the caller's visibility and
 * shown as far as their standing allows ({@link ReviewAccess}). Drafting is {@link ReviewDrafts},
 * the moves {@link ReviewWorkflow}.
 */
@ApplicationScoped
public class ReviewService {
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

  private final ReviewAccess access;
  private final ReviewQueries queries;
  private final ReviewJson json;
  private final KpiService kpis;

  public ReviewService(
      ReviewAccess access, ReviewQueries queries, ReviewJson json, KpiService kpis) {
    this.access = access;
    this.queries = queries;
    this.json = json;
    this.kpis = kpis;
  }

  public Page<ReviewDto> list(Filter filter, PageRequest page, String sortParam) {
    Page<Review> reviews = queries.list(access.visible(), access.me(), filter, page, sortParam);
    ReviewAccess.Standing standing = access.standing(reviews.items());
    return reviews.map(r -> access.view(r, standing));
  }

  public ReviewDto get(UUID id) {
    return access.view(access.find(id, false));
  }

  /** The KPIs: frozen once submitted, computed now while a draft. */
  public Kpis kpis(UUID id) {
    Review review = access.find(id, false);
    Kpis frozen = json.kpis(review);
    return frozen != null ? frozen : kpis.live(review);
  }
}
