package io.clientele.clientreview;

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

/** A client review, where its POST's Location names it; it follows its account's visibility. */
@Path("/client-reviews")
@Tag(name = "Client reviews")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ClientReviewResource {
  private final ClientReviewService reviews;

  public ClientReviewResource(ClientReviewService reviews) {
    this.reviews = reviews;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{id}")
  @Operation(operationId = "getClientReview", summary = "A client review")
  public ClientReviewDto get(UUID id) {
    return reviews.get(id);
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateClientReview",
      summary = "Change a client review",
      description =
          """
          JSON Merge Patch over the fields of ClientReviewInput: `attendees` merges member by \
          member, `actions` is replaced whole (send an action's id to keep it). The account's \
          satisfaction follows a new score or date.""")
  public ClientReviewDto update(
      UUID id,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = ClientReviewInput.class)))
          String patch) {
    return reviews.update(id, patch, ifMatch.expectedVersion());
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Operation(
      operationId = "deleteClientReview",
      summary = "Delete a client review",
      description =
          "Soft delete. The account's satisfaction falls back on its latest remaining review, or"
              + " on the value it had before its first review when none remains.")
  public void delete(UUID id, @BeanParam IfMatch ifMatch) {
    reviews.delete(id, ifMatch.expectedVersion());
  }
}
