package io.clientele.review;

import io.clientele.common.FiscalCalendar;
import io.clientele.staff.Roles;
import io.clientele.web.IfMatch;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A review's moves (submit, acknowledge, close) and opening a review cycle; reading and drafting
 * are ReviewResource. Who makes which move is ReviewAccess's; a review the caller may not see is
 * 404.
 */
@Path("/reviews")
@Tag(name = "Reviews", description = "Performance reviews, their workflow, KPIs and competencies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReviewWorkflowResource {
  private final ReviewWorkflow workflow;
  private final FiscalCalendar calendar;

  public ReviewWorkflowResource(ReviewWorkflow workflow, FiscalCalendar calendar) {
    this.workflow = workflow;
    this.calendar = calendar;
  }

  @POST
  @RolesAllowed(Roles.STAFF)
  @Path("{id}/submit")
  @Operation(
      operationId = "submitReview",
      summary = "Submit a draft review",
      description =
          """
          draft -> submitted, by the reviewer (or an admin): the reviewee sees it from now on, and \
          its KPIs are frozen into it. Another move is 409 naming the allowed ones; another caller \
          403.""")
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
  @RolesAllowed(Roles.STAFF)
  @Path("{id}/acknowledge")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "acknowledgeReview",
      summary = "Acknowledge a submitted review",
      description =
          """
          submitted -> acknowledged, by the reviewee alone, with an optional comment. Another move \
          is 409 naming the allowed ones; another caller 403.""")
  public ReviewDto acknowledge(
      UUID id, @BeanParam IfMatch ifMatch, @Valid AcknowledgementInput input) {
    return workflow.move(
        id,
        ReviewStatus.acknowledged,
        input == null ? null : input.comment(),
        ifMatch.expectedVersion());
  }

  @POST
  @RolesAllowed(Roles.STAFF)
  @Path("{id}/close")
  @Operation(
      operationId = "closeReview",
      summary = "Close an acknowledged review",
      description =
          """
          acknowledged -> closed, by a director above the reviewer or an admin. Another move is \
          409 naming the allowed ones; another caller 403.""")
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
          """
          Drafts a review, with the caller as reviewer, for every active direct report who has \
          none for the cycle yet. Idempotent: opening the cycle again drafts only for reports who \
          joined since.""")
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
