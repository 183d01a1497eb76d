package io.clientele.plan;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A plan's moves, each answering the plan. Who makes them is PlanAccess's: an admin, or a director
 * (whose team holds the account, since they see it); a manager is refused (403).
 */
@Path("/accounts/{id}/plans/{planId}")
@Tag(name = "Account plans", description = "Account plans: objectives and KPIs per fiscal year")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PlanMovesResource {
  private final PlanWorkflow workflow;

  public PlanMovesResource(PlanWorkflow workflow) {
    this.workflow = workflow;
  }

  @POST
  @Path("activate")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "activateAccountPlan",
      summary = "Activate a draft plan",
      description =
          """
          draft -> active, by a director whose team holds the account or an admin (a manager: \
          403), with an optional note. Another move is 409 naming the allowed ones.""")
  public PlanDto activate(
      UUID id, UUID planId, @BeanParam IfMatch ifMatch, @Valid PlanMoveInput input) {
    return workflow.move(
        id,
        planId,
        PlanStatus.active,
        input == null ? null : input.note(),
        ifMatch.expectedVersion());
  }

  @POST
  @Path("close")
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "closeAccountPlan",
      summary = "Close an active plan",
      description =
          """
          active -> closed, by a director whose team holds the account or an admin (a manager: \
          403), with an optional note. The revenue and won KPIs' actuals are frozen into the plan, \
          which is read-only from then on. Another move is 409 naming the allowed ones.""")
  @APIResponse(
      responseCode = "200",
      description = "Closed, with the actuals it keeps",
      content = @Content(schema = @Schema(implementation = PlanDto.class)))
  @APIResponse(
      responseCode = "422",
      description = "An exchange rate a computed KPI needs is missing: nothing is closed")
  public PlanDto close(
      UUID id, UUID planId, @BeanParam IfMatch ifMatch, @Valid PlanMoveInput input) {
    return workflow.move(
        id,
        planId,
        PlanStatus.closed,
        input == null ? null : input.note(),
        ifMatch.expectedVersion());
  }
}
