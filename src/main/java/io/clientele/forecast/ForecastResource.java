package io.clientele.forecast;

import io.clientele.common.FiscalCalendar;
import io.clientele.staff.Roles;
import io.clientele.web.Csv;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The forecast of a period, as JSON or CSV; its accuracy is AccuracyResource. */
@Path("/forecasts")
@Tag(name = "Forecasts")
@Authenticated
public class ForecastResource {
  private final ForecastService forecasts;
  private final FiscalCalendar calendar;

  public ForecastResource(ForecastService forecasts, FiscalCalendar calendar) {
    this.forecasts = forecasts;
    this.calendar = calendar;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{period}")
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The forecast; with `Accept: text/csv`, its rows and the total as CSV",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ForecastDocument.class)),
        @Content(
            mediaType = Csv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING),
            example =
                """
                period,currency,key,name,quota,closedWon,commit,bestCase,pipeline,weightedPipeline,\
                gap,attainment,coverage,pipelineCount,bestCaseCount,commitCount,closedCount\\n\
                2026-Q4,USD,total,Total,500000.00,120000.00,260000.00,340000.00,610000.00,221500.00,\
                240000.00,0.24,1.6053,9,3,4,2\\n""")
      })
  @APIResponse(
      responseCode = "404",
      description = "The staff member does not exist or is not visible")
  @APIResponse(responseCode = "422", description = "An exchange rate the forecast needs is missing")
  @Operation(
      operationId = "getForecast",
      summary = "The forecast for a period",
      description =
          """
          Deals whose close date falls in the period, owned by the staff member (scope=own) or by \
          them and everyone below them (scope=team, the default), in the reporting currency. Rows \
          by direct report (groupBy=staff, the default: the staff member's own deals first, then \
          each report's whole team by name), by account region or by close month; then the total. \
          See ForecastDocument for every figure.""")
  public ForecastDocument forecast(
      @Parameter(
              description = "Fiscal period: 2026, 2026-H2, 2026-Q4 or 2026-11",
              example = "2026-Q4")
          @PathParam("period")
          String period,
      @Parameter(description = "Whose forecast; defaults to the caller") @QueryParam("staffId")
          String staffId,
      @Parameter(
              description = "own or team (default)",
              schema = @Schema(implementation = ForecastService.Scope.class))
          @QueryParam("scope")
          String scope,
      @Parameter(
              description = "staff (default), region or month",
              schema = @Schema(implementation = ForecastQueries.GroupBy.class))
          @QueryParam("groupBy")
          String groupBy) {
    return forecasts.document(
        calendar.period("period", period),
        Params.uuid("staffId", staffId),
        Params.enumValue("scope", scope, ForecastService.Scope.class),
        Params.enumValue("groupBy", groupBy, ForecastQueries.GroupBy.class));
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{period}")
  @Produces(Csv.MEDIA_TYPE)
  @Operation(hidden = true)
  public String forecastCsv(
      @PathParam("period") String period,
      @QueryParam("staffId") String staffId,
      @QueryParam("scope") String scope,
      @QueryParam("groupBy") String groupBy) {
    return ForecastCsv.of(forecast(period, staffId, scope, groupBy));
  }
}
