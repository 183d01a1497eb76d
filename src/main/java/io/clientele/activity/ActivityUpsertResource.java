package io.clientele.activity;

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

/** One activity created or updated by its external id (a Salesforce task or event, say). */
@Path("/activities/by-external")
@Tag(name = "Sync", description = SyncDocs.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityUpsertResource {
  private final UpsertByExternalId upserts;
  private final ActivityService activities;

  public ActivityUpsertResource(UpsertByExternalId upserts, ActivityService activities) {
    this.upserts = upserts;
    this.activities = activities;
  }

  @PUT
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("{source}/{externalId}")
  @Operation(
      operationId = "upsertActivityByExternalId",
      summary = "Create or update an activity by external id",
      description = ActivityDocs.UPSERT)
  public RestResponse<ActivityDto> put(
      String source,
      String externalId,
      @RequestBody(
              description = "ActivityInput and the activity's account",
              content = @Content(schema = @Schema(implementation = ActivityRecord.class)))
          JsonNode body,
      UriInfo uri) {
    return upserts.put(
        ChangeType.activities,
        source,
        externalId,
        body,
        uri,
        id -> ActivityDto.from(activities.get(id)));
  }
}
