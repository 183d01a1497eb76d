package io.clientele.staff;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Every role reads the directory; only admins write it. */
@Path("/staff")
@Tag(name = "Staff", description = "The people who use Clientele and their reporting lines")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {
  private final StaffService staff;

  public StaffResource(StaffService staff) {
    this.staff = staff;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listStaff",
      summary = "List staff",
      description =
          "The staff directory, readable by every role. Keyset-paginated; `sort` on name,"
              + " createdAt, updatedAt (prefix `-` for descending).")
  public Page<StaffDto> list(
      @Parameter(
              description = "Only staff whose last token carried this role",
              schema =
                  @Schema(
                      enumeration = {
                        "admin",
                        "director",
                        "manager",
                        "finance",
                        "executive",
                        "integration"
                      }))
          @QueryParam("role")
          String role,
      @Parameter(description = "Only the direct reports of this staff member")
          @QueryParam("managerId")
          String managerId,
      @Parameter(description = "Name or email contains (case-insensitive)") @QueryParam("q")
          String q,
      @Parameter(description = "Only active (true) or inactive (false) staff") @QueryParam("active")
          String active,
      @BeanParam ListParams paging) {
    var filter =
        new StaffQueries.Filter(
            Params.text("role", role, 50),
            Params.uuid("managerId", managerId),
            Params.text("q", q, 200),
            Params.bool("active", active));
    return staff.list(filter, paging.page(), paging.sort).map(StaffDto::from);
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{id}")
  @Operation(operationId = "getStaff", summary = "A staff member")
  public StaffDto get(UUID id) {
    return StaffDto.from(staff.get(id));
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{id}/reports")
  @Operation(
      operationId = "listReports",
      summary = "Reports of a staff member",
      description = "Direct reports, or with `depth=all` everyone below them at any depth.")
  public Page<StaffDto> reports(
      UUID id,
      @Parameter(
              description = "`direct` (default) or `all`",
              schema =
                  @Schema(
                      enumeration = {"direct", "all"},
                      defaultValue = "direct"))
          @QueryParam("depth")
          String depth,
      @BeanParam ListParams paging) {
    return staff
        .reports(id, Depth.parse(depth) == Depth.all, paging.page(), paging.sort)
        .map(StaffDto::from);
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createStaff",
      summary = "Create a staff member (admin)",
      description =
          "Sets someone up before their first sign-in, or records a manager. Roles are not"
              + " set here: they mirror the identity provider's token.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new staff member",
      content = @Content(schema = @Schema(implementation = StaffDto.class)))
  public RestResponse<StaffDto> create(@Valid @NotNull StaffInput input, UriInfo uri) {
    Staff created = staff.create(input);
    return Created.below(uri, StaffDto.from(created), created.id.toString());
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateStaff",
      summary = "Change a staff member (admin)",
      description =
          "JSON Merge Patch. Setting `managerId` moves them in the hierarchy; a cycle is refused with 422.")
  public StaffDto update(
      UUID id,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = StaffInput.class)))
          String patch) {
    return StaffDto.from(staff.update(id, patch, ifMatch.expectedVersion()));
  }

  enum Depth {
    direct,
    all;

    static Depth parse(String value) {
      Depth depth = Params.enumValue("depth", value, Depth.class);
      return depth == null ? direct : depth;
    }
  }
}
