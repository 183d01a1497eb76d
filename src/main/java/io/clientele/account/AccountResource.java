package io.clientele.account;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Every role reads the accounts it may see (managers their own and those whose team they are on,
 * directors their whole team's, the others all); admins, directors, managers and integrations write
 * them.
 */
@Path("/accounts")
@Tag(name = "Accounts", description = "Client accounts, their hierarchy and external ids")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
  private final AccountService accounts;

  public AccountResource(AccountService accounts) {
    this.accounts = accounts;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listAccounts",
      summary = "List accounts",
      description =
          "The live accounts the caller may see. Keyset-paginated; `sort` on name"
              + " (default), createdAt, updatedAt, tier, lastContactAt (never contacted first).")
  public Page<AccountDto> list(
      @Parameter(description = "Owned by this staff member") @QueryParam("ownerId") String ownerId,
      @Parameter(schema = @Schema(implementation = Tier.class)) @QueryParam("tier") String tier,
      @Parameter(schema = @Schema(implementation = AccountStatus.class)) @QueryParam("status")
          String status,
      @Parameter(example = "EMEA") @QueryParam("region") String region,
      @Parameter(example = "retail") @QueryParam("industry") String industry,
      @Parameter(description = "Children of this account") @QueryParam("parentId") String parentId,
      @Parameter(description = "Name contains (case-insensitive)") @QueryParam("q") String q,
      @Parameter(description = "Changed at or after this instant", example = "2026-11-01T00:00:00Z")
          @QueryParam("updatedSince")
          String updatedSince,
      @Parameter(
              description =
                  "Neglected accounts: no meeting, call or email (lastContactAt) on or after this"
                      + " day (UTC), or none ever",
              example = "2026-10-01")
          @QueryParam("notContactedSince")
          String notContactedSince,
      @BeanParam ListParams paging) {
    var filter =
        new AccountQueries.Filter(
            Params.uuid("ownerId", ownerId),
            Params.enumValue("tier", tier, Tier.class),
            Params.enumValue("status", status, AccountStatus.class),
            Params.text("region", region, 100),
            Params.text("industry", industry, 100),
            Params.uuid("parentId", parentId),
            Params.text("q", q, 200),
            Params.instant("updatedSince", updatedSince),
            Params.date("notContactedSince", notContactedSince));
    return accounts.list(filter, paging.page(), paging.sort).map(AccountDto::from);
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{id}")
  @Operation(operationId = "getAccount", summary = "An account")
  public AccountDto get(UUID id) {
    return AccountDto.from(accounts.get(id));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createAccount",
      summary = "Create an account",
      description = "The owner defaults to the caller.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new account",
      content = @Content(schema = @Schema(implementation = AccountDto.class)))
  public RestResponse<AccountDto> create(@Valid @NotNull AccountInput input, UriInfo uri) {
    Account created = accounts.create(input);
    return Created.below(uri, AccountDto.from(created), created.id.toString());
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateAccount",
      summary = "Change an account",
      description =
          "JSON Merge Patch over the fields of AccountInput (`null` clears a field). A"
              + " patch that changes nothing leaves the version as it is.")
  public AccountDto update(
      UUID id,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = AccountInput.class)))
          String patch) {
    return AccountDto.from(accounts.update(id, patch, ifMatch.expectedVersion()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Operation(
      operationId = "deleteAccount",
      summary = "Delete an account",
      description =
          "Soft delete: it disappears from reads. Refused (409) while it has live child accounts.")
  public void delete(UUID id, @BeanParam IfMatch ifMatch) {
    accounts.delete(id, ifMatch.expectedVersion());
  }
}
