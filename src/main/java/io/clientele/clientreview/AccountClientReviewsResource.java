package io.clientele.clientreview;

import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.clientele.web.ListParams;
import io.clientele.web.Page;
import io.clientele.web.Params;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * An account's client reviews and its satisfaction history; each review then lives at
 * /client-reviews/{id} (ClientReviewResource). Who may see the account reads them (finance and
 * executives included); who may write the account (integrations too, as for its team) writes them.
 */
@Path("/accounts/{id}")
@Tag(
    name = "Client reviews",
    description = "Client reviews (QBRs): attendees, satisfaction scores and the actions agreed")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountClientReviewsResource {
  private final ClientReviewService reviews;

  public AccountClientReviewsResource(ClientReviewService reviews) {
    this.reviews = reviews;
  }

  @GET
  @Path("client-reviews")
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listAccountClientReviews",
      summary = "List an account's client reviews",
      description =
          "Newest first (by date, then by creation) unless sorted otherwise. Keyset-paginated;"
              + " `sort` on date, createdAt (default `-date,-createdAt`).")
  public Page<ClientReviewDto> list(UUID id, @BeanParam ListParams paging) {
    return reviews.list(id, paging.page(), paging.sort);
  }

  @POST
  @Path("client-reviews")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createClientReview",
      summary = "Record a client review of an account",
      description =
          """
          Whoever may write the account may record its reviews. The account's satisfaction \
          becomes the score of its latest review (by date, then by creation), and read-only.""")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new client review",
      content = @Content(schema = @Schema(implementation = ClientReviewDto.class)))
  public RestResponse<ClientReviewDto> create(
      UUID id, @Valid @NotNull ClientReviewInput input, UriInfo uri) {
    ClientReviewDto created = reviews.create(id, input);
    return Created.at(uri, created, "client-reviews", created.id().toString());
  }

  @GET
  @Path("satisfaction")
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "getAccountSatisfaction",
      summary = "An account's satisfaction history",
      description =
          """
          The score of every live client review of the account dated from `from` to `to` (both \
          included; either may be left out), oldest first, and the account's satisfaction now.""")
  public SatisfactionHistory satisfaction(
      UUID id,
      @Parameter(description = "First review date", example = "2026-01-01") @QueryParam("from")
          String from,
      @Parameter(description = "Last review date", example = "2026-12-31") @QueryParam("to")
          String to) {
    return reviews.satisfaction(id, Params.date("from", from), Params.date("to", to));
  }
}
