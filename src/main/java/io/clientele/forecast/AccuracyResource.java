package io.clientele.forecast;

import io.clientele.common.FiscalCalendar;
import io.clientele.staff.Roles;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How well the calls of closed periods matched what closed won. */
@Path("/forecasts/accuracy")
@Tag(name = "Forecasts")
@Authenticated
public class AccuracyResource {
  private final AccuracyService accuracy;
  private final FiscalCalendar calendar;

  public AccuracyResource(AccuracyService accuracy, FiscalCalendar calendar) {
    this.accuracy = accuracy;
    this.calendar = calendar;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getForecastAccuracy",
      summary = "Forecast accuracy over a range of periods",
      description =
          """
          For each closed period from `from` to `to` (periods of one kind), the staff member's \
          last call — as submitted and as adjusted — against the final closed won (their team's \
          with scope=team, the default): error, absolute percent error, bias, and their means over \
          the range.""")
  @APIResponse(
      responseCode = "200",
      description = "Oldest period first",
      content = @Content(schema = @Schema(implementation = Accuracy.class)))
  @APIResponse(
      responseCode = "404",
      description = "The staff member does not exist or is not visible")
  @APIResponse(responseCode = "422", description = "An exchange rate the figures need is missing")
  public Accuracy accuracy(
      @Parameter(description = "First period", required = true, example = "2026-Q1")
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Last period, of the same kind",
              required = true,
              example = "2026-Q3")
          @QueryParam("to")
          String to,
      @Parameter(description = "Whose calls; defaults to the caller") @QueryParam("staffId")
          String staffId,
      @Parameter(
              description = "own or team (default)",
              schema = @Schema(implementation = ForecastService.Scope.class))
          @QueryParam("scope")
          String scope) {
    return accuracy.accuracy(
        calendar.period("from", from),
        calendar.period("to", to),
        Params.uuid("staffId", staffId),
        Params.enumValue("scope", scope, ForecastService.Scope.class));
  }
}
