package io.clientele.pnl;

import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.clientele.web.ListParams;
import io.clientele.web.Page;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** An account's cost entries: finance and admins post, whoever may see the account reads. */
@Path("/accounts/{id}/costs")
@Tag(name = "P&L")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CostResource {
  private final EntryService entries;

  public CostResource(EntryService entries) {
    this.entries = entries;
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Operation(
      operationId = "listCostEntries",
      summary = "List an account's cost entries",
      description = EntryDocs.LIST)
  public Page<CostEntryDto> list(
      UUID id,
      @Parameter(description = EntryDocs.FROM, example = "2026-01-01") @QueryParam("from")
          String from,
      @Parameter(description = EntryDocs.TO, example = "2026-12-31") @QueryParam("to") String to,
      @Parameter(
              description = "One cost category",
              schema = @Schema(implementation = CostCategory.class))
          @QueryParam("category")
          String category,
      @BeanParam ListParams paging) {
    return entries
        .list(
            id,
            EntryService.Ledger.COSTS,
            Params.enumValue("category", category, CostCategory.class),
            Params.date("from", from),
            Params.date("to", to),
            paging.page(),
            paging.sort)
        .map(p -> CostEntryDto.from(p.entry(), p.reversedById()));
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Path("{entryId}")
  @Operation(operationId = "getCostEntry", summary = "A cost entry", description = EntryDocs.GET)
  public CostEntryDto get(UUID id, UUID entryId) {
    EntryService.Posted posted = entries.get(id, EntryService.Ledger.COSTS, entryId);
    return CostEntryDto.from(posted.entry(), posted.reversedById());
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createCostEntry",
      summary = "Post a cost entry",
      description = EntryDocs.POST)
  @APIResponse(
      responseCode = "201",
      description = EntryDocs.POSTED,
      content = @Content(schema = @Schema(implementation = CostEntryDto.class)))
  public RestResponse<CostEntryDto> post(UUID id, @Valid @NotNull CostInput input, UriInfo uri) {
    EntryService.Posted posted =
        entries.post(
            id,
            input.category().name(),
            input.date(),
            input.amount(),
            input.description(),
            input.reference());
    return Created.below(
        uri, CostEntryDto.from(posted.entry(), null), posted.entry().id.toString());
  }

  @POST
  @Path("{entryId}/reversal")
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reverseCostEntry",
      summary = "Reverse a cost entry",
      description = EntryDocs.REVERSE)
  @APIResponse(
      responseCode = "201",
      description = EntryDocs.REVERSED,
      content = @Content(schema = @Schema(implementation = CostEntryDto.class)))
  public RestResponse<CostEntryDto> reverse(
      UUID id, UUID entryId, @Valid ReversalInput input, UriInfo uri) {
    EntryService.Posted posted = entries.reverse(id, EntryService.Ledger.COSTS, entryId, input);
    return Created.at(
        uri,
        CostEntryDto.from(posted.entry(), null),
        "accounts",
        id.toString(),
        "costs",
        posted.entry().id.toString());
  }
}
