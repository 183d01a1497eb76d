package io.clientele.pipeline;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Deals are visible exactly like accounts (owner, or the account's team); admins, directors,
 * managers and integrations write them.
 */
@Path("/opportunities")
@Tag(name = "Pipeline")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OpportunityResource {
  private final OpportunityService deals;

  public OpportunityResource(OpportunityService deals) {
    this.deals = deals;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listOpportunities",
      summary = "List opportunities",
      description =
          "The live deals the caller may see. Keyset-paginated; `sort` on closeDate"
              + " (default), amount, updatedAt, createdAt, name, stage (pipeline order).")
  public Page<OpportunityDto> list(
      @Parameter(description = "Deals of this account") @QueryParam("accountId") String accountId,
      @Parameter(description = "Deals owned by this staff member") @QueryParam("ownerId")
          String ownerId,
      @Parameter(
              description =
                  "`own`: the caller's deals; `team`: those of everyone at or below the caller",
              schema = @Schema(implementation = OpportunityQueries.Scope.class))
          @QueryParam("scope")
          String scope,
      @Parameter(description = "Any of these stage keys", example = "proposal,negotiation")
          @QueryParam("stage")
          List<String> stage,
      @Parameter(
              description = "Any of these forecast categories",
              schema = @Schema(type = SchemaType.ARRAY, implementation = ForecastCategory.class),
              example = "commit,best_case")
          @QueryParam("forecastCategory")
          List<String> forecastCategory,
      @Parameter(schema = @Schema(implementation = OpportunityType.class)) @QueryParam("type")
          String type,
      @Parameter(schema = @Schema(implementation = LeadSource.class)) @QueryParam("source")
          String source,
      @Parameter(description = "Close date on or after", example = "2026-10-01")
          @QueryParam("closeDateFrom")
          String closeDateFrom,
      @Parameter(description = "Close date on or before", example = "2026-12-31")
          @QueryParam("closeDateTo")
          String closeDateTo,
      @Parameter(description = "Amount at least (in the deal's own currency)", example = "10000")
          @QueryParam("amountMin")
          String amountMin,
      @Parameter(description = "Amount at most (in the deal's own currency)", example = "500000")
          @QueryParam("amountMax")
          String amountMax,
      @Parameter(description = "Changed at or after this instant", example = "2026-11-01T00:00:00Z")
          @QueryParam("updatedSince")
          String updatedSince,
      @Parameter(description = "Name contains (case-insensitive)") @QueryParam("q") String q,
      @BeanParam ListParams paging) {
    var filter =
        new OpportunityQueries.Filter(
            Params.uuid("accountId", accountId),
            Params.uuid("ownerId", ownerId),
            Params.enumValue("scope", scope, OpportunityQueries.Scope.class),
            Params.list("stage", stage, 20),
            Params.list("forecastCategory", forecastCategory, 5).stream()
                .map(c -> Params.enumValue("forecastCategory", c, ForecastCategory.class))
                .toList(),
            Params.enumValue("type", type, OpportunityType.class),
            Params.enumValue("source", source, LeadSource.class),
            Params.date("closeDateFrom", closeDateFrom),
            Params.date("closeDateTo", closeDateTo),
            Params.decimal("amountMin", amountMin),
            Params.decimal("amountMax", amountMax),
            Params.instant("updatedSince", updatedSince),
            Params.text("q", q, 200));
    return deals.list(filter, paging.page(), paging.sort).map(OpportunityDto::from);
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{id}")
  @Operation(operationId = "getOpportunity", summary = "An opportunity")
  public OpportunityDto get(UUID id) {
    return OpportunityDto.from(deals.get(id));
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{id}/history")
  @Operation(
      operationId = "getOpportunityHistory",
      summary = "The change history of an opportunity",
      description =
          "Every change of stage, amount, currency, closeDate, probability,"
              + " forecastCategory and ownerId, oldest first. Creation appears as changes from"
              + " null.")
  public Page<OpportunityChangeDto> history(UUID id, @BeanParam ListParams paging) {
    return deals.history(id, paging.page()).map(OpportunityChangeDto::from);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createOpportunity",
      summary = "Create an opportunity",
      description =
          "The owner defaults to the caller; probability and forecast category default from"
              + " the stage. A deal created in a won or lost stage is closed today.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new deal",
      content = @Content(schema = @Schema(implementation = OpportunityDto.class)))
  public RestResponse<OpportunityDto> create(@Valid @NotNull OpportunityInput input, UriInfo uri) {
    Opportunity created = deals.create(input);
    return Created.below(uri, OpportunityDto.from(created), created.id.toString());
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateOpportunity",
      summary = "Change an opportunity",
      description =
          "JSON Merge Patch over OpportunityInput. Entering a won stage sets closedDate,"
              + " probability 100 and category closed; a lost stage needs lostReason and sets"
              + " probability 0 and category omitted.")
  public OpportunityDto update(
      UUID id,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = OpportunityInput.class)))
          String patch) {
    return OpportunityDto.from(deals.update(id, patch, ifMatch.expectedVersion()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Operation(
      operationId = "deleteOpportunity",
      summary = "Delete an opportunity",
      description = "Soft delete: it disappears from reads.")
  public void delete(UUID id, @BeanParam IfMatch ifMatch) {
    deals.delete(id, ifMatch.expectedVersion());
  }
}
