package io.clientele.review;

import io.clientele.common.FiscalCalendar;
import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.clientele.web.IfMatch;
import io.clientele.web.ListParams;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.Params;
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
import java.net.URI;
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
 * where they stand towards each review (see ReviewService), and a review they may not see is 404.
 */
@Path("/reviews")
@Tag(name = "Reviews", description = "Performance reviews, their workflow, KPIs and competencies")
@RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.FINANCE, Roles.EXECUTIVE})
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {
  private final ReviewService reviews;
  private final ReviewDrafts drafts;
  private final ReviewWorkflow workflow;
  private final FiscalCalendar calendar;

  public ReviewResource(
      ReviewService reviews,
      ReviewDrafts drafts,
      ReviewWorkflow workflow,
      FiscalCalendar calendar) {
    this.reviews = reviews;
    this.drafts = drafts;
    this.workflow = workflow;
    this.calendar = calendar;
  }

  @GET
  @Operation(
      operationId = "listReviews",
      summary = "List reviews",
      description =
          "The reviews the caller may see: those written by them or anyone below them, their own once submitted, and all of them for executives and admins (compensation only where the caller may see it). Keyset-paginated; `sort` on createdAt (default -createdAt), cycleStart.")
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
                  "own: reviews of the caller; reviewing: reviews the caller writes; team: reviews of anyone below the caller. All the caller may see when not given.",
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
  @Path("{id}")
  @Operation(
      operationId = "getReview",
      summary = "A review",
      description =
          "`compensation` is present only for the reviewer, the staff above the reviewer and admins. Answers 304 when If-None-Match names the current ETag.")
  public ReviewDto get(UUID id) {
    return reviews.get(id);
  }

  @GET
  @Path("{id}/kpis")
  @Operation(
      operationId = "getReviewKpis",
      summary = "A review's KPIs",
      description =
          "Computed from the reviewee's own deals, quota, forecast calls and accounts for the cycle while the review is a draft; the figures frozen at submission afterwards (frozen: true). A missing exchange rate is 422 naming it.")
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
          "For a member of the caller's team (any active staff member for an admin). One review per reviewee and cycle: a second is 409.")
  @APIResponse(
      responseCode = "201",
      description = "Drafted; Location names the review",
      content = @Content(schema = @Schema(implementation = ReviewDto.class)))
  public RestResponse<ReviewDto> create(@Valid @NotNull ReviewInput input, UriInfo uri) {
    ReviewDto created = drafts.create(input);
    return Created.below(uri, created, created.id().toString());
  }

  @PATCH
  @Path("{id}")
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateReview",
      summary = "Change a draft review",
      description =
          "JSON Merge Patch over ReviewChanges, by the reviewer, a director above the reviewer or an admin (403 for others who see it). Only a draft changes (409 otherwise).")
  public ReviewDto update(
      UUID id,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = ReviewChanges.class)))
          String patch) {
    return drafts.update(id, patch, ifMatch.expectedVersion());
  }

  @POST
  @Path("{id}/submit")
  @Operation(
      operationId = "submitReview",
      summary = "Submit a draft review",
      description =
          "draft -> submitted, by the reviewer (or an admin): the reviewee sees it from now on, and its KPIs are frozen into it. Another move is 409 naming the allowed ones; another caller 403.")
  @APIResponse(
      responseCode = "200",
      description = "Submitted, with its frozen KPIs",
      content = @Content(schema = @Schema(implementation = ReviewDto.class)))
  @APIResponse(
      responseCode = "422",
      description = "An exchange rate the KPIs need is missing: nothing is submitted")
  public ReviewDto submit(UUID id, @BeanParam IfMatch ifMatch) {
    return workflow.move(id, ReviewStatus.submitted, null, ifMatch.expectedVersion());
  }

  @POST
  @Path("{id}/acknowledge")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "acknowledgeReview",
      summary = "Acknowledge a submitted review",
      description =
          "submitted -> acknowledged, by the reviewee alone, with an optional comment. Another move is 409 naming the allowed ones; another caller 403.")
  public ReviewDto acknowledge(
      UUID id, @BeanParam IfMatch ifMatch, @Valid AcknowledgementInput input) {
    return workflow.move(
        id,
        ReviewStatus.acknowledged,
        input == null ? null : input.comment(),
        ifMatch.expectedVersion());
  }

  @POST
  @Path("{id}/close")
  @Operation(
      operationId = "closeReview",
      summary = "Close an acknowledged review",
      description =
          "acknowledged -> closed, by a director above the reviewer or an admin. Another move is 409 naming the allowed ones; another caller 403.")
  public ReviewDto close(UUID id, @BeanParam IfMatch ifMatch) {
    return workflow.move(id, ReviewStatus.closed, null, ifMatch.expectedVersion());
  }

  @POST
  @Path("cycles/{period}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
  @Operation(
      operationId = "openReviewCycle",
      summary = "Open a review cycle for the caller's reports",
      description =
          "Drafts a review, with the caller as reviewer, for every active direct report who has none for the cycle yet. Idempotent: opening the cycle again drafts only for reports who joined since.")
  @APIResponse(
      responseCode = "201",
      description =
          "Drafted at least one review; Location lists the cycle's reviews the caller writes",
      content = @Content(schema = @Schema(implementation = CycleDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "Drafted nothing: every direct report already has a review for the cycle",
      content = @Content(schema = @Schema(implementation = CycleDto.class)))
  public RestResponse<CycleDto> openCycle(
      @Parameter(description = "A fiscal period", example = "2026-H2") String period, UriInfo uri) {
    CycleDto cycle = CycleDto.from(workflow.openCycle(calendar.period("period", period)));
    if (cycle.created().isEmpty()) {
      return RestResponse.ok(cycle);
    }
    URI list =
        uri.getBaseUriBuilder()
            .path("reviews")
            .queryParam("cycle", cycle.cycle())
            .queryParam("scope", ReviewService.Scope.reviewing)
            .build();
    return RestResponse.ResponseBuilder.<CycleDto>created(list).entity(cycle).build();
  }
}
