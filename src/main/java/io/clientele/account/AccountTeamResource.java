package io.clientele.account;

import io.clientele.staff.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/accounts/{id}/team")
@Tag(name = "Accounts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountTeamResource {
  private final AccountTeamService team;

  public AccountTeamResource(AccountTeamService team) {
    this.team = team;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listAccountTeam",
      summary = "The account team",
      description = "Staff with a role on the account, by name. Team members see the account.")
  public List<TeamMemberDto> list(UUID id) {
    return team.list(id);
  }

  @PUT
  @Path("{staffId}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setAccountTeamMember",
      summary = "Put a staff member on the team",
      description = "Adds them (201) or changes their role (200).")
  @APIResponse(
      responseCode = "200",
      description = "Role changed",
      content =
          @Content(
              schema =
                  @Schema(
                      implementation = TeamMemberDto.class,
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content =
          @Content(
              schema =
                  @Schema(
                      implementation = TeamMemberDto.class,
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
  public RestResponse<List<TeamMemberDto>> put(
      UUID id, UUID staffId, @Valid @NotNull TeamMemberInput input) {
    boolean added = team.put(id, staffId, input);
    return RestResponse.status(
        added ? RestResponse.Status.CREATED : RestResponse.Status.OK, team.list(id));
  }

  @DELETE
  @Path("{staffId}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Operation(
      operationId = "removeAccountTeamMember",
      summary = "Take a staff member off the team",
      description =
          "They no longer see the account through the team (they may still own it or see it as a director).")
  @APIResponse(responseCode = "204", description = "Removed")
  public void remove(UUID id, UUID staffId) {
    team.remove(id, staffId);
  }
}
