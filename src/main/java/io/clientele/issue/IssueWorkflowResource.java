package io.clientele.issue;

import io.clientele.staff.Roles;
import io.clientele.web.IfMatch;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An issue's moves, each answering the issue; a move its status does not allow is 409 naming the
 * allowed ones. Whoever may write the issue makes them.
 */
@Path("/issues/{id}")
@Tag(name = "Issues", description = IssueResource.TAG)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class IssueWorkflowResource {
  private final IssueWorkflow workflow;

  public IssueWorkflowResource(IssueWorkflow workflow) {
    this.workflow = workflow;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("start")
  @Operation(
      operationId = "startIssue",
      summary = "Start work on an issue",
      description = "open -> in_progress.")
  public IssueDto start(UUID id, @BeanParam IfMatch ifMatch) {
    return workflow.move(id, IssueMove.start, null, ifMatch.expectedVersion());
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "resolveIssue",
      summary = "Resolve an issue",
      description = "open or in_progress -> resolved, with its resolution (required: 422 without).")
  public IssueDto resolve(UUID id, @BeanParam IfMatch ifMatch, @Valid ResolutionInput input) {
    return workflow.move(
        id,
        IssueMove.resolve,
        input == null ? null : input.resolution(),
        ifMatch.expectedVersion());
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("close")
  @Operation(
      operationId = "closeIssue",
      summary = "Close a resolved issue",
      description = "resolved -> closed: final.")
  public IssueDto close(UUID id, @BeanParam IfMatch ifMatch) {
    return workflow.move(id, IssueMove.close, null, ifMatch.expectedVersion());
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reopenIssue",
      summary = "Reopen a resolved issue",
      description =
          """
          resolved -> in_progress (its owner knows the case; work resumes), with an optional \
          reason. The resolution is cleared (the resolve move keeps it); dueAt stays.""")
  public IssueDto reopen(UUID id, @BeanParam IfMatch ifMatch, @Valid ReopenInput input) {
    return workflow.move(
        id, IssueMove.reopen, input == null ? null : input.reason(), ifMatch.expectedVersion());
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER, Roles.INTEGRATION})
  @Path("escalate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "escalateIssue",
      summary = "Escalate an issue",
      description =
          """
          An open or in-progress issue goes one level up, with its reason (required): \
          escalationLevel + 1, and the first active staff member above whoever is responsible \
          becomes responsible (the owner's manager at level 1, theirs at level 2 ...). 409 when \
          nobody is above, or from resolved or closed (naming the allowed moves).""")
  public IssueDto escalate(UUID id, @BeanParam IfMatch ifMatch, @Valid EscalationInput input) {
    return workflow.move(
        id, IssueMove.escalate, input == null ? null : input.reason(), ifMatch.expectedVersion());
  }
}
