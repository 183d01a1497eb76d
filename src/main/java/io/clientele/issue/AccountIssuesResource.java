package io.clientele.issue;

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

/** An account's issues; each one then lives at /issues/{id} (IssueResource). */
@Path("/accounts/{id}/issues")
@Tag(name = "Issues", description = IssueResource.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountIssuesResource {
  private final IssueService issues;

  public AccountIssuesResource(IssueService issues) {
    this.issues = issues;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listAccountIssues",
      summary = "List an account's issues",
      description = "The filters of GET /issues. " + IssueResource.SORTS)
  public Page<IssueDto> list(
      UUID id, @BeanParam IssueFilterParams filters, @BeanParam ListParams paging) {
    return issues.listOfAccount(id, filters.filter(null), paging.page(), paging.sort);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createAccountIssue",
      summary = "Raise an issue on an account",
      description =
          """
          Whoever may write the account may raise its issues. The issue is open, owned by the \
          account's owner unless ownerId says otherwise, raised by the caller unless raisedBy \
          says who, and due at raisedAt (default now) plus its severity's target.""")
  @APIResponse(
      responseCode = "201",
      description = "Raised; Location names the new issue",
      content = @Content(schema = @Schema(implementation = IssueDto.class)))
  public RestResponse<IssueDto> create(UUID id, @Valid @NotNull IssueInput input, UriInfo uri) {
    IssueDto created = issues.create(id, input);
    return Created.at(uri, created, "issues", created.id().toString());
  }
}
