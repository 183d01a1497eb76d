package io.clientele.issue;

import io.clientele.staff.Roles;
import io.clientele.web.IfMatch;
import io.clientele.web.ListParams;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Issues across the accounts the caller may see; raising one is AccountIssuesResource, its moves
 * IssueWorkflowResource. Admins, directors, managers and integrations write them.
 */
@Path("/issues")
@Tag(name = "Issues", description = IssueResource.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class IssueResource {
  static final String TAG = "Client issues, their workflow and escalations";
  static final String SORTS =
      "Keyset-paginated; `sort` on dueAt (default), raisedAt, updatedAt, severity (`-severity`:"
          + " critical first).";

  private final IssueService issues;

  public IssueResource(IssueService issues) {
    this.issues = issues;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listIssues",
      summary = "List issues",
      description =
          "The live issues of the accounts the caller may see. A director's overdue list:"
              + " `?overdue=true&scope=team`. "
              + SORTS)
  public Page<IssueDto> list(
      @Parameter(description = "Issues of this account") @QueryParam("accountId") String accountId,
      @BeanParam IssueFilterParams filters,
      @BeanParam ListParams paging) {
    return issues.list(filters.filter(accountId), paging.page(), paging.sort);
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{id}")
  @Operation(operationId = "getIssue", summary = "An issue, with its moves")
  public IssueDto get(UUID id) {
    return issues.get(id);
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateIssue",
      summary = "Change an issue",
      description =
          """
          JSON Merge Patch over IssueInput; status, escalation and resolution change by the \
          moves. A new severity or raisedAt moves dueAt (raisedAt plus the severity's target). \
          null keeps ownerId, raisedBy and raisedAt; replacing a raiser by the other kind names \
          the old one null (`{"raisedBy": {"contactId": "…", "staffId": null}}`).""")
  public IssueDto update(
      UUID id,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = IssueInput.class)))
          String patch) {
    return issues.update(id, patch, ifMatch.expectedVersion());
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Operation(
      operationId = "deleteIssue",
      summary = "Delete an issue",
      description = "Soft delete: it disappears from reads and is a tombstone in the change feed.")
  public void delete(UUID id, @BeanParam IfMatch ifMatch) {
    issues.delete(id, ifMatch.expectedVersion());
  }
}
