package io.clientele.forecast;

import io.clientele.common.FiscalCalendar;
import io.clientele.staff.Roles;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A period's calls: directors and managers submit their own, directors (and admins) adjust those of
 * staff below them; everyone reads the calls of the staff they may see.
 */
@Path("/forecasts/{period}")
@Tag(name = "Forecasts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {
  private final CallService calls;
  private final FiscalCalendar calendar;

  public CallResource(CallService calls, FiscalCalendar calendar) {
    this.calls = calls;
    this.calendar = calendar;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("submissions")
  @Operation(
      operationId = "listForecastCalls",
      summary = "A staff member's calls for a period",
      description = "Newest first; defaults to the caller's.")
  @APIResponse(
      responseCode = "200",
      description = "Newest first",
      content =
          @Content(schema = @Schema(implementation = SubmissionDto.class, type = SchemaType.ARRAY)))
  @APIResponse(
      responseCode = "404",
      description = "The staff member does not exist or is not visible")
  public List<SubmissionDto> submissions(
      @Parameter(example = "2026-Q4") @PathParam("period") String period,
      @Parameter(description = "Whose calls; defaults to the caller") @QueryParam("staffId")
          String staffId) {
    return calls.submissions(calendar.period("period", period), Params.uuid("staffId", staffId));
  }

  @POST
  @Path("submissions")
  @RolesAllowed({Roles.DIRECTOR, Roles.MANAGER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "submitForecastCall",
      summary = "Submit your call for a period",
      description =
          """
          Commit and best case in the reporting currency (best case at least the commit). A \
          director's call covers their team. The forecast as it stands is stored with it.""")
  @APIResponse(
      responseCode = "201",
      description = "Submitted",
      content = @Content(schema = @Schema(implementation = SubmissionDto.class)))
  @APIResponse(
      responseCode = "422",
      description = "A rule is broken, or a rate the forecast needs is missing")
  public RestResponse<SubmissionDto> submit(
      @Parameter(example = "2026-Q4") @PathParam("period") String period,
      @Valid @NotNull CallInput input) {
    return RestResponse.status(
        RestResponse.Status.CREATED, calls.submit(calendar.period("period", period), input));
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("adjustments")
  @Operation(
      operationId = "listForecastAdjustments",
      summary = "The adjustments of a staff member's calls for a period",
      description = "Newest first; defaults to the caller's.")
  @APIResponse(
      responseCode = "200",
      description = "Newest first",
      content =
          @Content(schema = @Schema(implementation = AdjustmentDto.class, type = SchemaType.ARRAY)))
  @APIResponse(
      responseCode = "404",
      description = "The staff member does not exist or is not visible")
  public List<AdjustmentDto> adjustments(
      @Parameter(example = "2026-Q4") @PathParam("period") String period,
      @Parameter(description = "Whose calls; defaults to the caller") @QueryParam("staffId")
          String staffId) {
    return calls.adjustments(calendar.period("period", period), Params.uuid("staffId", staffId));
  }

  @POST
  @Path("adjustments")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "adjustForecastCall",
      summary = "Adjust a report's latest call",
      description =
          """
          Overrides the latest submitted call of someone below the caller, with a reason. Nobody \
          adjusts their own call; a report without a call for the period cannot be adjusted (422).""")
  @APIResponse(
      responseCode = "201",
      description = "Adjusted",
      content = @Content(schema = @Schema(implementation = AdjustmentDto.class)))
  public RestResponse<AdjustmentDto> adjust(
      @Parameter(example = "2026-Q4") @PathParam("period") String period,
      @Valid @NotNull AdjustmentInput input) {
    return RestResponse.status(
        RestResponse.Status.CREATED, calls.adjust(calendar.period("period", period), input));
  }
}
