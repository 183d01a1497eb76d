package io.clientele.pnl;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/accounts/{id}/pnl")
@Tag(name = "P&L")
@Authenticated
public class AccountPnlResource {
  private final AccountPnlService pnl;

  public AccountPnlResource(AccountPnlService pnl) {
    this.pnl = pnl;
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = PnlCsv.RESPONSE,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AccountPnl.class)),
        @Content(
            mediaType = Csv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING),
            example = PnlCsv.EXAMPLE)
      })
  @APIResponse(responseCode = "404", description = "No such account, or not one the caller may see")
  @APIResponse(responseCode = "422", description = "An exchange rate the report needs is missing")
  @Operation(
      operationId = "getAccountPnl",
      summary = "An account's P&L",
      description =
          "Revenue, costs by category, gross profit, margin, budget, variance and cost"
              + " overrun per month, fiscal quarter, half or year of the range, in the reporting"
              + " currency. Every month's cells convert at that month's rate; a missing rate is a"
              + " 422 naming currency and month. `Accept: text/csv` gives the rows and the total.")
  public AccountPnl get(
      UUID id,
      @Parameter(description = "First month", required = true, example = "2026-01")
          @QueryParam("from")
          String from,
      @Parameter(
              description = "Last month (at most 120 months after from)",
              required = true,
              example = "2026-12")
          @QueryParam("to")
          String to,
      @Parameter(
              description = "Rows per month (default), fiscal quarter, half or year",
              schema = @Schema(implementation = PnlService.Granularity.class))
          @QueryParam("granularity")
          String granularity) {
    PnlService.Granularity rows =
        Params.enumValue("granularity", granularity, PnlService.Granularity.class);
    return pnl.account(
        id,
        Params.month("from", from),
        Params.month("to", to),
        rows == null ? PnlService.Granularity.month : rows);
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Produces(Csv.MEDIA_TYPE)
  @Operation(hidden = true)
  public String getCsv(
      UUID id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("granularity") String granularity) {
    AccountPnl document = get(id, from, to, granularity);
    return PnlCsv.of(document.currency(), document.rows(), document.total());
  }
}
