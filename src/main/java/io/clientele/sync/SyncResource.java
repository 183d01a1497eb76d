package io.clientele.sync;

import io.clientele.staff.Roles;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Batches of records upserted by external id (up to 1000 each). Integrations may write every
 * record; other roles what they may write through the ordinary endpoints.
 */
@Path("/sync")
@Tag(name = "Sync", description = "Upserts by external id, batches and the change feed")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {
  private final AccountSync accountSync;
  private final OpportunitySync opportunitySync;
  private final ContactSync contactSync;

  public SyncResource(
      AccountSync accountSync, OpportunitySync opportunitySync, ContactSync contactSync) {
    this.accountSync = accountSync;
    this.opportunitySync = opportunitySync;
    this.contactSync = contactSync;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "syncAccounts",
      summary = "Upsert a batch of accounts by external id",
      description =
          "Up to 1000 accounts of one source, each created or updated by its external id, with one result per record in order: created, updated, unchanged (nothing differed: no new version, nothing in the change feed) or error (with the problem a request of that record alone would answer). By default the good records are written whatever the others do; with atomic=true the batch is all or nothing: a failure answers that record's status (422 for invalid records) naming every failed record as `records[i].field`, and nothing is written. Idempotency-Key makes a retry answer the first response.")
  @APIResponse(
      responseCode = "200",
      description = "One result per record, in order",
      content = @Content(schema = @Schema(implementation = BatchResult.class)))
  @APIResponse(
      responseCode = "404",
      description = "atomic=true, and an external id belongs to a record the caller may not see")
  public BatchResult upsertAccounts(
      @Parameter(description = "All or nothing (default false)", example = "false")
          @QueryParam("atomic")
          String atomic,
      @Valid @NotNull BatchInput batch) {
    return accountSync.upsert(batch.source(), batch.records(), allOrNothing(atomic));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("opportunities")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "syncOpportunities",
      summary = "Upsert a batch of opportunities by external id",
      description =
          "Up to 1000 opportunities of one source, as for accounts: one result per record in order, atomic=true for all or nothing. Each record is the opportunity's own fields (as in POST /opportunities) plus `externalId`; its account is named by `accountId` or by `account`: {\"source\": ..., \"externalId\": ...}. The pipeline's rules apply as in a PATCH (probability and category follow the stage unless given, closing sets the close date), and every change of a tracked field is in the deal's history.")
  @APIResponse(
      responseCode = "200",
      description = "One result per record, in order",
      content = @Content(schema = @Schema(implementation = BatchResult.class)))
  @APIResponse(
      responseCode = "404",
      description = "atomic=true, and an external id belongs to a record the caller may not see")
  public BatchResult upsertOpportunities(
      @Parameter(description = "All or nothing (default false)", example = "false")
          @QueryParam("atomic")
          String atomic,
      @Valid @NotNull BatchInput batch) {
    return opportunitySync.upsert(batch.source(), batch.records(), allOrNothing(atomic));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("contacts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "syncContacts",
      summary = "Upsert a batch of contacts by external id",
      description =
          "Up to 1000 contacts of one source, as for accounts: one result per record in order, atomic=true for all or nothing. Each record is a ContactRecord (the contact's own fields and its account, by `accountId` or `account`: {\"source\": ..., \"externalId\": ...}) plus `externalId`. Naming another account moves the contact there.")
  @APIResponse(
      responseCode = "200",
      description = "One result per record, in order",
      content = @Content(schema = @Schema(implementation = BatchResult.class)))
  @APIResponse(
      responseCode = "404",
      description = "atomic=true, and an external id belongs to a record the caller may not see")
  public BatchResult upsertContacts(
      @Parameter(description = "All or nothing (default false)", example = "false")
          @QueryParam("atomic")
          String atomic,
      @Valid @NotNull BatchInput batch) {
    return contactSync.upsert(batch.source(), batch.records(), allOrNothing(atomic));
  }

  /** The `atomic` parameter: false unless given as true. */
  private static boolean allOrNothing(String atomic) {
    return Boolean.TRUE.equals(Params.bool("atomic", atomic));
  }
}
