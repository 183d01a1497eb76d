package io.clientele.account;

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

/** One contact created or updated by its external id. */
@Path("/contacts/by-external")
@Tag(name = "Sync", description = SyncDocs.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactUpsertResource {
  private static final String DESCRIPTION =
      """
      The body is the contact's own fields, as for POST /accounts/{id}/contacts, and its account \
      (required): `accountId` or, instead, `account`: {"source": "salesforce", "externalId": \
      "001A000001"}; naming another account moves the contact there. 201 when created, 200 when \
      updated or unchanged (an unchanged contact keeps its version and writes nothing to the \
      change feed). PUT replaces: absent fields are cleared. `externalIds`, when given, replaces \
      the contact's external ids of other sources; the path's id is always kept. A deleted \
      contact's external id is 409.""";

  private final UpsertByExternalId upserts;
  private final ContactService contacts;

  public ContactUpsertResource(UpsertByExternalId upserts, ContactService contacts) {
    this.upserts = upserts;
    this.contacts = contacts;
  }

  @PUT
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("{source}/{externalId}")
  @Operation(
      operationId = "upsertContactByExternalId",
      summary = "Create or update a contact by external id",
      description = DESCRIPTION)
  public RestResponse<ContactDto> put(
      String source,
      String externalId,
      @RequestBody(
              description = "ContactInput and the contact's account",
              content = @Content(schema = @Schema(implementation = ContactRecord.class)))
          JsonNode body,
      UriInfo uri) {
    return upserts.put(
        ChangeType.contacts,
        source,
        externalId,
        body,
        uri,
        id -> ContactDto.from(contacts.get(id)));
  }
}
