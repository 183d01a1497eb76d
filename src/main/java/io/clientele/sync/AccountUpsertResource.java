package io.clientele.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.clientele.account.AccountDto;
import io.clientele.account.AccountInput;
import io.clientele.account.AccountService;
import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One account created or updated by its external id (SyncResource takes batches). Integrations may
 * write every account; other roles what they may write through the ordinary endpoints.
 */
@Path("/accounts/by-external")
@Tag(name = "Sync", description = "Upserts by external id, batches and the change feed")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountUpsertResource {
  private final AccountSync accountSync;
  private final AccountService accounts;
  private final ObjectMapper mapper;

  public AccountUpsertResource(
      AccountSync accountSync, AccountService accounts, ObjectMapper mapper) {
    this.accountSync = accountSync;
    this.accounts = accounts;
    this.mapper = mapper;
  }

  @PUT
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("{source}/{externalId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "upsertAccountByExternalId",
      summary = "Create or update an account by external id",
      description =
          "The body is the account's own fields, as for POST /accounts (absent fields take their defaults: PUT replaces). 201 when created, 200 when updated or unchanged (an unchanged account keeps its version and writes nothing to the change feed). `externalIds`, when given, replaces the account's external ids of other sources; the path's id is always kept. A deleted account's external id is 409.")
  @APIResponse(
      responseCode = "200",
      description = "Updated or unchanged",
      content = @Content(schema = @Schema(implementation = AccountDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the account",
      content = @Content(schema = @Schema(implementation = AccountDto.class)))
  public RestResponse<AccountDto> putAccount(
      @Parameter(description = "The other system", example = "salesforce") String source,
      @Parameter(description = "The account's id there", example = "001A000001") String externalId,
      @Valid @NotNull AccountInput input,
      UriInfo uri) {
    RecordResult result =
        Batches.upsertOne(accountSync::upsert, source, externalId, mapper.valueToTree(input));
    AccountDto account = AccountDto.from(accounts.get(result.id()));
    return result.result().equals("created")
        ? Created.at(uri, account, "accounts", account.id().toString())
        : RestResponse.ok(account);
  }
}
