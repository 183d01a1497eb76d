package io.clientele.account;

import io.clientele.staff.Roles;
import io.clientele.web.IfMatch;
import io.clientele.web.MergePatch;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contacts follow their account: who may see or write the account may see or write them. */
@Path("/contacts")
@Tag(name = "Contacts", description = "Stakeholders at client accounts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {
  private final ContactService contacts;

  public ContactResource(ContactService contacts) {
    this.contacts = contacts;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{id}")
  @Operation(operationId = "getContact", summary = "A contact")
  public ContactDto get(UUID id) {
    return ContactDto.from(contacts.get(id));
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateContact",
      summary = "Change a contact",
      description = "JSON Merge Patch over the fields of ContactInput.")
  public ContactDto update(
      UUID id,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = ContactInput.class)))
          String patch) {
    return ContactDto.from(contacts.update(id, patch, ifMatch.expectedVersion()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Operation(
      operationId = "deleteContact",
      summary = "Delete a contact",
      description = "Soft delete.")
  public void delete(UUID id, @BeanParam IfMatch ifMatch) {
    contacts.delete(id, ifMatch.expectedVersion());
  }
}
