package io.clientele.activity;

import io.clientele.staff.Roles;
import io.clientele.web.IfMatch;
import io.clientele.web.ListParams;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Activities across accounts, and each one at its own path. They follow their account: who may see
 * or write the account may see or write them; finance and executives read.
 */
@Path("/activities")
@Tag(name = "Activities", description = ActivityDocs.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {
  private final ActivityService activities;

  public ActivityResource(ActivityService activities) {
    this.activities = activities;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listActivities",
      summary = "List activities",
      description = ActivityDocs.LIST)
  public Page<ActivityDto> list(
      @Parameter(description = "Activities of this account") @QueryParam("accountId")
          String accountId,
      @Parameter(
              description = "Any of these types",
              schema = @Schema(type = SchemaType.ARRAY, implementation = ActivityType.class),
              example = "meeting,call")
          @QueryParam("type")
          List<String> type,
      @Parameter(description = "This staff member took part") @QueryParam("staffId") String staffId,
      @Parameter(description = "This contact took part") @QueryParam("contactId") String contactId,
      @Parameter(
              description =
                  "`own`: activities the caller took part in; `team`: those of anyone at or below"
                      + " the caller",
              schema = @Schema(implementation = ActivityQueries.Scope.class))
          @QueryParam("scope")
          String scope,
      @Parameter(description = "At or after this instant", example = "2026-10-01T00:00:00Z")
          @QueryParam("from")
          String from,
      @Parameter(description = "At or before this instant", example = "2026-12-31T23:59:59Z")
          @QueryParam("to")
          String to,
      @BeanParam ListParams paging) {
    var filter =
        new ActivityQueries.Filter(
            Params.uuid("accountId", accountId),
            types(type),
            Params.uuid("staffId", staffId),
            Params.uuid("contactId", contactId),
            Params.enumValue("scope", scope, ActivityQueries.Scope.class),
            Params.instant("from", from),
            Params.instant("to", to));
    return activities.list(filter, paging.page(), paging.sort).map(ActivityDto::from);
  }

  /** `?type=meeting&type=call` (or `meeting,call`) as types; an unknown one is a 400. */
  static List<ActivityType> types(List<String> type) {
    return Params.list("type", type, ActivityType.values().length).stream()
        .map(t -> Params.enumValue("type", t, ActivityType.class))
        .toList();
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{id}")
  @Operation(operationId = "getActivity", summary = "An activity")
  public ActivityDto get(UUID id) {
    return ActivityDto.from(activities.get(id));
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateActivity",
      summary = "Change an activity",
      description =
          "JSON Merge Patch over the fields of ActivityInput. The account's lastContactAt follows"
              + " a change of type or at.")
  public ActivityDto update(
      UUID id,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = ActivityInput.class)))
          String patch) {
    return ActivityDto.from(activities.update(id, patch, ifMatch.expectedVersion()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Operation(
      operationId = "deleteActivity",
      summary = "Delete an activity",
      description =
          "Soft delete: it disappears from reads, and the account's lastContactAt falls back to"
              + " its previous contact.")
  public void delete(UUID id, @BeanParam IfMatch ifMatch) {
    activities.delete(id, ifMatch.expectedVersion());
  }
}
