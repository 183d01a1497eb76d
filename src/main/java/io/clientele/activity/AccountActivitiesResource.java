package io.clientele.activity;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** An account's activities; each one then lives at /activities/{id} (ActivityResource). */
@Path("/accounts/{id}/activities")
@Tag(name = "Activities", description = ActivityDocs.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountActivitiesResource {
  private final ActivityService activities;

  public AccountActivitiesResource(ActivityService activities) {
    this.activities = activities;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listAccountActivities",
      summary = "List an account's activities",
      description = "Latest first by default. Keyset-paginated; `sort` on at (`-at` or `at`).")
  public Page<ActivityDto> list(
      UUID id,
      @Parameter(
              description = "Any of these types",
              schema = @Schema(type = SchemaType.ARRAY, implementation = ActivityType.class),
              example = "meeting,call")
          @QueryParam("type")
          List<String> type,
      @Parameter(description = "At or after this instant", example = "2026-10-01T00:00:00Z")
          @QueryParam("from")
          String from,
      @Parameter(description = "At or before this instant", example = "2026-12-31T23:59:59Z")
          @QueryParam("to")
          String to,
      @BeanParam ListParams paging) {
    var filter =
        new ActivityQueries.Filter(
            null,
            ActivityResource.types(type),
            null,
            null,
            null,
            Params.instant("from", from),
            Params.instant("to", to));
    return activities.listOfAccount(id, filter, paging.page(), paging.sort).map(ActivityDto::from);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createAccountActivity",
      summary = "Record an activity on an account",
      description = ActivityDocs.CREATE)
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new activity",
      content = @Content(schema = @Schema(implementation = ActivityDto.class)))
  public RestResponse<ActivityDto> create(
      UUID id, @Valid @NotNull ActivityInput input, UriInfo uri) {
    Activity created = activities.create(id, input);
    return Created.at(uri, ActivityDto.from(created), "activities", created.id.toString());
  }
}
