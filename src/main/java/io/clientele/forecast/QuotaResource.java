package io.clientele.forecast;

import io.clientele.common.FiscalCalendar;
import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.clientele.web.IfMatch;
import io.clientele.web.ListParams;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Everyone reads the quotas of the staff they may see; directors and admins set them. */
@Path("/quotas")
@Tag(name = "Forecasts", description = "Quotas and the forecast")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class QuotaResource {
  private final QuotaService quotas;
  private final FiscalCalendar calendar;

  public QuotaResource(QuotaService quotas, FiscalCalendar calendar) {
    this.quotas = quotas;
    this.calendar = calendar;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listQuotas",
      summary = "List quotas",
      description =
          """
          Quotas of the staff the caller may see. With `period`, those whose period lies within it \
          (a year lists its own quota and its quarters'). `sort` on start (default).""")
  public Page<QuotaDto> list(
      @Parameter(description = "A fiscal period", example = "2026") @QueryParam("period")
          String period,
      @Parameter(description = "One staff member") @QueryParam("staffId") String staffId,
      @BeanParam ListParams paging) {
    return quotas
        .list(
            period == null ? null : calendar.period("period", period),
            Params.uuid("staffId", staffId),
            paging.page(),
            paging.sort)
        .map(QuotaDto::from);
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{id}")
  @Operation(operationId = "getQuota", summary = "A quota")
  public QuotaDto get(UUID id) {
    return QuotaDto.from(quotas.get(id));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createQuota",
      summary = "Set a quota",
      description =
          "For a fiscal quarter, half or year of someone below the caller (admins: anyone). 409 when one exists.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = QuotaDto.class)))
  public RestResponse<QuotaDto> create(@Valid @NotNull QuotaInput input, UriInfo uri) {
    Quota created = quotas.create(input);
    return Created.below(uri, QuotaDto.from(created), created.id.toString());
  }

  @PUT
  @Path("periods/{period}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setTeamQuotas",
      summary = "Set a whole team's quotas for a period",
      description =
          "Creates or replaces the quota of each listed staff member for the period, all or nothing, and answers them.")
  public List<QuotaDto> setTeam(
      @Parameter(example = "2026-Q4") String period, @Valid @NotNull TeamQuotasInput input) {
    return quotas.setTeam(period, input).stream().map(QuotaDto::from).toList();
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateQuota",
      summary = "Change a quota's amount",
      description = "JSON Merge Patch over {amount}.")
  public QuotaDto update(
      UUID id,
      @BeanParam IfMatch ifMatch,
      @RequestBody(
              content =
                  @Content(schema = @Schema(implementation = QuotaService.QuotaChanges.class)))
          String patch) {
    return QuotaDto.from(quotas.update(id, patch, ifMatch.expectedVersion()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR})
  @Operation(
      operationId = "deleteQuota",
      summary = "Delete a quota",
      description = "Quotas are plain targets: deleting one removes it.")
  public void delete(UUID id, @BeanParam IfMatch ifMatch) {
    quotas.delete(id, ifMatch.expectedVersion());
  }
}
