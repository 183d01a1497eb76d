package io.clientele.review;

import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.clientele.web.IfMatch;
import io.clientele.web.ListParams;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Performance reviews. Every role but integration may call these; what a caller sees depends on
 * where they stand towards each review (see ReviewAccess), and a review they may not see is 404.
 * The moves and opening a cycle are ReviewWorkflowResource.
 */
@Path("/reviews")
@Tag(name = "Reviews", description = "Performance reviews, their workflow, KPIs and competencies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {
  private final ReviewService reviews;
  private final ReviewDrafts drafts;

  public ReviewResource(ReviewService reviews, ReviewDrafts drafts) {
    this.reviews = reviews;
    this.drafts = drafts;
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Operation(
      operationId = "listReviews",
      summary = "List reviews",
      description =
          """
          The reviews the caller may see: those written by them or anyone below them, their own \
          once submitted, and all of them for executives and admins (compensation only where the \
          caller may see it). Keyset-paginated; `sort` on createdAt (default -createdAt), \
          cycleStart.""")
  public Page<ReviewDto> list(
      @Parameter(description = "One cycle", example = "2026-H2") @QueryParam("cycle") String cycle,
      @Parameter(
              description = "Any of these statuses",
              schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewStatus.class),
              example = "submitted,acknowledged")
          @QueryParam("status")
          List<String> status,
      @Parameter(description = "One reviewee") @QueryParam("revieweeId") String revieweeId,
      @Parameter(description = "One reviewer") @QueryParam("reviewerId") String reviewerId,
      @Parameter(
              description =
                  """
                  own: reviews of the caller; reviewing: reviews the caller writes; team: reviews \
                  of anyone below the caller. All the caller may see when not given.""",
              schema = @Schema(implementation = ReviewService.Scope.class))
          @QueryParam("scope")
          String scope,
      @BeanParam ListParams paging) {
    List<ReviewStatus> statuses =
        Params.list("status", status, 4).stream()
            .map(s -> Params.enumValue("status", s, ReviewStatus.class))
            .toList();
    return reviews.list(
        new ReviewService.Filter(
            cycle == null || cycle.isBlank() ? null : cycle.trim(),
            statuses,
            Params.uuid("revieweeId", revieweeId),
            Params.uuid("reviewerId", reviewerId),
            Params.enumValue("scope", scope, ReviewService.Scope.class)),
        paging.page(),
        paging.sort);
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Path("{id}")
  @Operation(
      operationId = "getReview",
      summary = "A review",
      description =
          """
          `compensation` is present only for the reviewer, the staff above the reviewer and \
          admins.""")
  public ReviewDto get(UUID id) {
    return reviews.get(id);
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Path("{id}/kpis")
  @Operation(
      operationId = "getReviewKpis",
      summary = "A review's KPIs",
      description =
          """
          Computed from the reviewee's own deals, quota, forecast calls and accounts for the cycle \
          while the review is a draft; the figures frozen at submission afterwards (frozen: true). \
          A missing exchange rate is 422 naming it.""")
  @APIResponse(
      responseCode = "200",
      description = "The KPIs, live (frozen: false) or as submitted (frozen: true)",
      content = @Content(schema = @Schema(implementation = Kpis.class)))
  @APIResponse(responseCode = "422", description = "An exchange rate the KPIs need is missing")
  public Kpis kpis(UUID id) {
    return reviews.kpis(id);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createReview",
      summary = "Draft a review",
      description =
          """
          For a member of the caller's team (any active staff member for an admin). One review per \
          reviewee and cycle: a second is 409.""")
  @APIResponse(
      responseCode = "201",
      description = "Drafted; Location names the review",
      content = @Content(schema = @Schema(implementation = ReviewDto.class)))
  public RestResponse<ReviewDto> create(@Valid @NotNull ReviewInput input, UriInfo uri) {
    ReviewDto created = drafts.create(input);
    return Created.below(uri, created, created.id().toString());
  }

  @PATCH
  @RolesAllowed(Roles.STAFF)
  @Path("{id}")
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateReview",
      summary = "Change a draft review",
      description =
          """
          JSON Merge Patch over ReviewChanges, by the reviewer, a director above the reviewer or \
          an admin (403 for others who see it). Only a draft changes (409 otherwise).""")
  public ReviewDto update(
      UUID id,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = ReviewChanges.class)))
          String patch) {
    return drafts.update(id, patch, ifMatch.expectedVersion());
  }
}
