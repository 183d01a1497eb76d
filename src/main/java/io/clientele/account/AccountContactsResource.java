package io.clientele.account;

import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.clientele.web.ListParams;
import io.clientele.web.Page;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** An account's contacts; each one then lives at /contacts/{id} (ContactResource). */
@Path("/accounts/{id}/contacts")
@Tag(name = "Contacts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountContactsResource {
  private final ContactService contacts;

  public AccountContactsResource(ContactService contacts) {
    this.contacts = contacts;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listAccountContacts",
      summary = "List an account's contacts",
      description = "Keyset-paginated; `sort` on name (default), createdAt.")
  public Page<ContactDto> list(UUID id, @BeanParam ListParams paging) {
    return contacts.list(id, paging.page(), paging.sort).map(ContactDto::from);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createContact",
      summary = "Add a contact to an account",
      description = "Whoever may write the account may add its contacts.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new contact",
      content = @Content(schema = @Schema(implementation = ContactDto.class)))
  public RestResponse<ContactDto> create(UUID id, @Valid @NotNull ContactInput input, UriInfo uri) {
    Contact created = contacts.create(id, input);
    return Created.at(uri, ContactDto.from(created), "contacts", created.id.toString());
  }
}
