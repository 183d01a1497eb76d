package io.clientele.issue;

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

/** One issue (a CRM case) created or updated by its external id. */
@Path("/issues/by-external")
@Tag(name = "Sync", description = SyncDocs.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssueUpsertResource {
  private static final String DESCRIPTION =
      """
      The body is the issue's own fields, as for POST /accounts/{id}/issues, its account \
      (required): `accountId` or, instead, `account`: {"source": "salesforce", "externalId": \
      "001A000001"}, and optionally the case's `status` in the source (any status; a resolved or \
      closed one with its `resolution`). An imported case gives `raisedAt`, so it keeps its due \
      time. Left out, the owner (the account's owner for a new issue), the raiser and raisedAt \
      are kept. 201 when created, 200 when updated or unchanged (an unchanged issue keeps its \
      version and writes nothing to the change feed). A deleted issue's external id is 409.""";

  private final UpsertByExternalId upserts;
  private final IssueService issues;

  public IssueUpsertResource(UpsertByExternalId upserts, IssueService issues) {
    this.upserts = upserts;
    this.issues = issues;
  }

  @PUT
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("{source}/{externalId}")
  @Operation(
      operationId = "upsertIssueByExternalId",
      summary = "Create or update an issue by external id",
      description = DESCRIPTION)
  public RestResponse<IssueDto> put(
      String source,
      String externalId,
      @RequestBody(
              description = "IssueInput, the issue's account and its status in the source",
              content = @Content(schema = @Schema(implementation = IssueRecord.class)))
          JsonNode body,
      UriInfo uri) {
    return upserts.put(ChangeType.issues, source, externalId, body, uri, issues::get);
  }
}
