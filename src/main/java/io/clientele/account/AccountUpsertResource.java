package io.clientele.account;

import io.clientele.staff.Roles;
import io.clientele.sync.ChangeType;
import io.clientele.sync.SyncDocs;
import io.clientele.sync.UpsertByExternalId;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One account created or updated by its external id (SyncResource takes batches). Integrations may
 * write every account; other roles what they may write through the ordinary endpoints.
 */
@Path("/accounts/by-external")
@Tag(name = "Sync", description = SyncDocs.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountUpsertResource {
  private static final String DESCRIPTION =
      """
      The body is the account's own fields, as for POST /accounts (absent fields take their \
      defaults: PUT replaces). 201 when created, 200 when updated or unchanged (an unchanged \
      account keeps its version and writes nothing to the change feed). `externalIds`, when \
      given, replaces the account's external ids of other sources; the path's id is always kept. \
      A deleted account's external id is 409.""";

  private final UpsertByExternalId upserts;
  private final AccountService accounts;

  public AccountUpsertResource(UpsertByExternalId upserts, AccountService accounts) {
    this.upserts = upserts;
    this.accounts = accounts;
  }

  @PUT
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("{source}/{externalId}")
  @Operation(
      operationId = "upsertAccountByExternalId",
      summary = "Create or update an account by external id",
      description = DESCRIPTION)
  public RestResponse<AccountDto> putAccount(
      String source, String externalId, @Valid @NotNull AccountInput input, UriInfo uri) {
    return upserts.put(
        ChangeType.accounts,
        source,
        externalId,
        input,
        uri,
        id -> AccountDto.from(accounts.get(id)));
  }
}
