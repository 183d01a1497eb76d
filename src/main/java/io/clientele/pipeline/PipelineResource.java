package io.clientele.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clientele.common.FiscalCalendar;
import io.clientele.staff.Roles;
import io.clientele.web.Csv;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/pipeline/summary")
@Tag(name = "Pipeline")
@Authenticated
public class PipelineResource {
  private final PipelineService pipeline;
  private final FiscalCalendar calendar;

  public PipelineResource(PipelineService pipeline, FiscalCalendar calendar) {
    this.pipeline = pipeline;
    this.calendar = calendar;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The summary; with `Accept: text/csv`, its stage rows as CSV",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PipelineSummary.class)),
        @Content(
            mediaType = Csv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING),
            example =
                "period,currency,stage,label,count,amount,weightedAmount,averageDaysInStage\n"
                    + "2026-Q4,USD,negotiation,Negotiation,4,310000.00,232500.00,12.50\n")
      })
  @APIResponse(responseCode = "422", description = "An exchange rate the report needs is missing")
  @APIResponse(
      responseCode = "404",
      description = "The staff member does not exist or is not visible")
  @Operation(
      operationId = "getPipelineSummary",
      summary = "Pipeline summary for a period",
      description =
          "Deals whose close date falls in the period, owned by the staff member"
              + " (scope=own) or by them and everyone below them (scope=team, the default), in"
              + " the reporting currency: per stage count, amount and weighted amount, average"
              + " days in each stage, win rate, average deal size, deals created in the period"
              + " and stage-to-stage conversion. Each amount converts at the rate of its close"
              + " month; a missing rate is a 422 naming currency and month. `Accept: text/csv`"
              + " gives the stage rows.")
  public PipelineSummary summary(
      @Parameter(
              description = "Fiscal period: 2026, 2026-H2, 2026-Q4 or 2026-11",
              required = true,
              example = "2026-Q4")
          @QueryParam("period")
          String period,
      @Parameter(
              description =
                  "Whose pipeline; defaults to the caller. Must be someone the caller may see.")
          @QueryParam("staffId")
          String staffId,
      @Parameter(
              description = "own or team (default)",
              schema = @Schema(implementation = OpportunityQueries.Scope.class))
          @QueryParam("scope")
          String scope) {
    return pipeline.summary(
        calendar.period("period", period),
        Params.uuid("staffId", staffId),
        Params.enumValue("scope", scope, OpportunityQueries.Scope.class));
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Produces(Csv.MEDIA_TYPE)
  @Operation(hidden = true)
  public String summaryCsv(
      @QueryParam("period") String period,
      @QueryParam("staffId") String staffId,
      @QueryParam("scope") String scope) {
    PipelineSummary summary = summary(period, staffId, scope);
    return Csv.of(
        CsvRow.class, summary.stages().stream().map(row -> CsvRow.of(summary, row)).toList());
  }

  /** One CSV line: a stage of the summary, with the period and currency repeated for flat files. */
  @JsonPropertyOrder({
    "period",
    "currency",
    "stage",
    "label",
    "count",
    "amount",
    "weightedAmount",
    "averageDaysInStage"
  })
  record CsvRow(
      String period,
      String currency,
      String stage,
      String label,
      long count,
      String amount,
      String weightedAmount,
      String averageDaysInStage) {
    static CsvRow of(PipelineSummary summary, PipelineSummary.StageRow row) {
      return new CsvRow(
          summary.period(),
          summary.currency(),
          row.stage(),
          row.label(),
          row.count(),
          row.amount().toPlainString(),
          row.weightedAmount().toPlainString(),
          row.averageDaysInStage() == null ? "" : row.averageDaysInStage().toPlainString());
    }
  }
}
