package io.clientele.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientele.staff.Roles;
import io.clientele.sync.ChangeType;
import io.clientele.sync.SyncDocs;
import io.clientele.sync.UpsertByExternalId;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** One opportunity created or updated by its external id. */
@Path("/opportunities/by-external")
@Tag(name = "Sync", description = SyncDocs.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpportunityUpsertResource {
  private static final String DESCRIPTION =
      """
      The body is the opportunity's own fields, as for POST /opportunities; its account may be \
      named by `accountId` or, instead, by `account`: {"source": "salesforce", "externalId": \
      "001A000001"}. 201 when created, 200 when updated or unchanged (an unchanged deal keeps its \
      version and writes nothing to the history or the change feed). A deleted opportunity's \
      external id is 409.""";

  private final UpsertByExternalId upserts;
  private final OpportunityService opportunities;

  public OpportunityUpsertResource(UpsertByExternalId upserts, OpportunityService opportunities) {
    this.upserts = upserts;
    this.opportunities = opportunities;
  }

  @PUT
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("{source}/{externalId}")
  @Operation(
      operationId = "upsertOpportunityByExternalId",
      summary = "Create or update an opportunity by external id",
      description = DESCRIPTION)
  public RestResponse<OpportunityDto> put(
      String source,
      String externalId,
      @RequestBody(
              description = "OpportunityInput, with `account` allowed in place of accountId",
              content = @Content(schema = @Schema(implementation = OpportunityInput.class)))
          JsonNode body,
      UriInfo uri) {
    return upserts.put(
        ChangeType.opportunities,
        source,
        externalId,
        body,
        uri,
        id -> OpportunityDto.from(opportunities.get(id)));
  }
}
