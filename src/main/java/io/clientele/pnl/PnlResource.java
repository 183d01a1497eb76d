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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/pnl")
@Tag(name = "P&L")
@Authenticated
public class PnlResource {
  private final PnlService pnl;

  public PnlResource(PnlService pnl) {
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
            schema = @Schema(implementation = CompanyPnl.class)),
        @Content(
            mediaType = Csv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING),
            example = PnlCsv.EXAMPLE)
      })
  @APIResponse(responseCode = "422", description = "An exchange rate the report needs is missing")
  @Operation(
      operationId = "getCompanyPnl",
      summary = "The P&L of every account the caller may see",
      description =
          "Finance, executives and admins: every account; a director: the accounts of"
              + " their team; a manager: their own. Rows per account, director (the nearest"
              + " director at or above the account's owner), region or month, in the reporting"
              + " currency; a missing rate is a 422 naming currency and month. `Accept: text/csv`"
              + " gives the rows and the total.")
  public CompanyPnl get(
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
              description = "Rows per account (default), director, region or month",
              schema = @Schema(implementation = PnlService.GroupBy.class))
          @QueryParam("groupBy")
          String groupBy) {
    PnlService.GroupBy rows = Params.enumValue("groupBy", groupBy, PnlService.GroupBy.class);
    return pnl.company(
        Params.month("from", from),
        Params.month("to", to),
        rows == null ? PnlService.GroupBy.account : rows);
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Produces(Csv.MEDIA_TYPE)
  @Operation(hidden = true)
  public String getCsv(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("groupBy") String groupBy) {
    CompanyPnl document = get(from, to, groupBy);
    return PnlCsv.of(document.currency(), document.rows(), document.total());
  }
}
