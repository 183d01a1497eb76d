package io.clientele.pnl;

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

@Path("/receivables/aging")
@Tag(name = "Invoices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReceivablesResource {
  private final ReceivablesService receivables;

  public ReceivablesResource(ReceivablesService receivables) {
    this.receivables = receivables;
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @APIResponse(
      responseCode = "200",
      description = "The aging report",
      content = @Content(schema = @Schema(implementation = AgingReport.class)))
  @APIResponse(responseCode = "422", description = "An exchange rate the report needs is missing")
  @Operation(
      operationId = "getReceivablesAging",
      summary = "Receivables aging",
      description =
          "What the accounts the caller may see owed at the end of `asOf` (default today,"
              + " UTC), per account or director: current, 1-30, 31-60, 61-90 and 90+ days past"
              + " due, total, DSO over the last 90 days of sales, and the invoices more than 90"
              + " days past due. Past days are answered from the dated payments, voids and"
              + " write-offs.")
  public AgingReport aging(
      @Parameter(description = "The day to age at; defaults to today", example = "2026-11-25")
          @QueryParam("asOf")
          String asOf,
      @Parameter(
              description = "Rows per account (default) or director",
              schema = @Schema(implementation = ReceivablesService.GroupBy.class))
          @QueryParam("groupBy")
          String groupBy) {
    ReceivablesService.GroupBy rows =
        Params.enumValue("groupBy", groupBy, ReceivablesService.GroupBy.class);
    return receivables.aging(
        Params.date("asOf", asOf), rows == null ? ReceivablesService.GroupBy.account : rows);
  }
}
