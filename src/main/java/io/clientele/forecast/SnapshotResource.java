package io.clientele.forecast;

import io.clientele.common.FiscalCalendar;
import io.clientele.staff.Roles;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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

/**
 * Directors snapshot their team, admins everyone; everyone reads the series of the staff they may
 * see.
 */
@Path("/forecasts/{period}/snapshots")
@Tag(name = "Forecasts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SnapshotResource {
  private final SnapshotService snapshots;
  private final FiscalCalendar calendar;

  public SnapshotResource(SnapshotService snapshots, FiscalCalendar calendar) {
    this.snapshots = snapshots;
    this.calendar = calendar;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
  @Operation(
      operationId = "takeForecastSnapshot",
      summary = "Snapshot the forecast now",
      description =
          """
          Stores today's forecast total of the caller and everyone below them (admins: of \
          everyone). One snapshot per staff member, period and day: a repeat the same day stores \
          nothing new. A weekly one of the current quarter is taken on schedule.""")
  @APIResponse(
      responseCode = "200",
      description = "How many staff were covered and how many snapshots were new",
      content = @Content(schema = @Schema(implementation = ForecastSnapshots.Taken.class)))
  @APIResponse(responseCode = "422", description = "An exchange rate the forecast needs is missing")
  public ForecastSnapshots.Taken take(
      @Parameter(example = "2026-Q4") @PathParam("period") String period) {
    return snapshots.take(calendar.period("period", period));
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listForecastSnapshots",
      summary = "A staff member's forecast over time",
      description = "Their snapshots of the period, oldest first; defaults to the caller.")
  @APIResponse(
      responseCode = "200",
      description = "Oldest first",
      content =
          @Content(schema = @Schema(implementation = SnapshotDto.class, type = SchemaType.ARRAY)))
  @APIResponse(
      responseCode = "404",
      description = "The staff member does not exist or is not visible")
  public List<SnapshotDto> series(
      @Parameter(example = "2026-Q4") @PathParam("period") String period,
      @Parameter(description = "Whose snapshots; defaults to the caller") @QueryParam("staffId")
          String staffId) {
    return snapshots.series(calendar.period("period", period), Params.uuid("staffId", staffId));
  }
}
