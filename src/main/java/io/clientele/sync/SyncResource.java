package io.clientele.sync;

import static io.clientele.sync.SyncDocs.ACCOUNTS;
import static io.clientele.sync.SyncDocs.ACCOUNTS_SUMMARY;
import static io.clientele.sync.SyncDocs.ACTIVITIES;
import static io.clientele.sync.SyncDocs.ACTIVITIES_SUMMARY;
import static io.clientele.sync.SyncDocs.CONTACTS;
import static io.clientele.sync.SyncDocs.CONTACTS_SUMMARY;
import static io.clientele.sync.SyncDocs.DEALS;
import static io.clientele.sync.SyncDocs.DEALS_SUMMARY;
import static io.clientele.sync.SyncDocs.ISSUES;
import static io.clientele.sync.SyncDocs.ISSUES_SUMMARY;

import io.clientele.staff.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Batches of records upserted by external id (up to 1000 each). Integrations may write every
 * record; other roles what they may write through the ordinary endpoints.
 */
@Path("/sync")
@Tag(name = "Sync", description = SyncDocs.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "200",
    description = "One result per record, in order",
    content = @Content(schema = @Schema(implementation = BatchResult.class)))
@APIResponse(
    responseCode = "404",
    description = "atomic=true, and an external id belongs to a record the caller may not see")
public class SyncResource {
  private final BatchUpsert batches;

  public SyncResource(BatchUpsert batches) {
    this.batches = batches;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("accounts")
  @Operation(operationId = "syncAccounts", summary = ACCOUNTS_SUMMARY, description = ACCOUNTS)
  public BatchResult accounts(@BeanParam BatchParams params, @Valid @NotNull BatchInput batch) {
    return upsert(ChangeType.accounts, params, batch);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("opportunities")
  @Operation(operationId = "syncOpportunities", summary = DEALS_SUMMARY, description = DEALS)
  public BatchResult deals(@BeanParam BatchParams params, @Valid @NotNull BatchInput batch) {
    return upsert(ChangeType.opportunities, params, batch);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("contacts")
  @Operation(operationId = "syncContacts", summary = CONTACTS_SUMMARY, description = CONTACTS)
  public BatchResult contacts(@BeanParam BatchParams params, @Valid @NotNull BatchInput batch) {
    return upsert(ChangeType.contacts, params, batch);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("issues")
  @Operation(operationId = "syncIssues", summary = ISSUES_SUMMARY, description = ISSUES)
  public BatchResult issues(@BeanParam BatchParams params, @Valid @NotNull BatchInput batch) {
    return upsert(ChangeType.issues, params, batch);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("activities")
  @Operation(operationId = "syncActivities", summary = ACTIVITIES_SUMMARY, description = ACTIVITIES)
  public BatchResult activities(@BeanParam BatchParams params, @Valid @NotNull BatchInput batch) {
    return upsert(ChangeType.activities, params, batch);
  }

  private BatchResult upsert(ChangeType type, BatchParams params, BatchInput batch) {
    return batches.upsert(type, batch.source(), batch.records(), params.atomic());
  }
}
