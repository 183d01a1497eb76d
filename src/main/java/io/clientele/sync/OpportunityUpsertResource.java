package io.clientele.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientele.pipeline.OpportunityDto;
import io.clientele.pipeline.OpportunityInput;
import io.clientele.pipeline.OpportunityService;
import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** One opportunity created or updated by its external id. */
@Path("/opportunities/by-external")
@Tag(name = "Sync", description = "Upserts by external id, batches and the change feed")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OpportunityUpsertResource {
  private final OpportunitySync sync;
  private final OpportunityService opportunities;

  public OpportunityUpsertResource(OpportunitySync sync, OpportunityService opportunities) {
    this.sync = sync;
    this.opportunities = opportunities;
  }

  @PUT
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("{source}/{externalId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "upsertOpportunityByExternalId",
      summary = "Create or update an opportunity by external id",
      description =
          "The body is the opportunity's own fields, as for POST /opportunities; its account may be named by `accountId` or, instead, by `account`: {\"source\": \"salesforce\", \"externalId\": \"001A000001\"}. 201 when created, 200 when updated or unchanged (an unchanged deal keeps its version and writes nothing to the history or the change feed). A deleted opportunity's external id is 409.")
  @APIResponse(
      responseCode = "200",
      description = "Updated or unchanged",
      content = @Content(schema = @Schema(implementation = OpportunityDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the opportunity",
      content = @Content(schema = @Schema(implementation = OpportunityDto.class)))
  public RestResponse<OpportunityDto> put(
      @Parameter(description = "The other system", example = "salesforce") String source,
      @Parameter(description = "The opportunity's id there", example = "006A000001")
          String externalId,
      @RequestBody(
              description = "OpportunityInput, with `account` allowed in place of accountId",
              content = @Content(schema = @Schema(implementation = OpportunityInput.class)))
          JsonNode body,
      UriInfo uri) {
    RecordResult result = Batches.upsertOne(sync::upsert, source, externalId, body);
    OpportunityDto deal = OpportunityDto.from(opportunities.get(result.id()));
    return result.result().equals("created")
        ? Created.at(uri, deal, "opportunities", deal.id().toString())
        : RestResponse.ok(deal);
  }
}
