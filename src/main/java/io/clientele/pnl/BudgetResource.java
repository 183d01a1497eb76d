package io.clientele.pnl;

import io.clientele.common.FiscalCalendar;
import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.clientele.web.IfMatch;
import io.clientele.web.ListParams;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** An account's budgets: finance and admins plan them, whoever may see the account reads. */
@Path("/accounts/{id}/budgets")
@Tag(name = "P&L")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {
  private final BudgetService budgets;
  private final FiscalCalendar calendar;

  public BudgetResource(BudgetService budgets, FiscalCalendar calendar) {
    this.budgets = budgets;
    this.calendar = calendar;
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Operation(
      operationId = "listBudgets",
      summary = "List an account's budgets",
      description = "Keyset-paginated; `sort` on start (default).")
  public Page<BudgetDto> list(
      UUID id,
      @Parameter(description = "Only budgets overlapping this fiscal period", example = "2026")
          @QueryParam("period")
          String period,
      @BeanParam ListParams paging) {
    return budgets
        .list(
            id,
            period == null ? null : calendar.period("period", period),
            paging.page(),
            paging.sort)
        .map(p -> BudgetDto.from(p.budget(), p.figures()));
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Path("{budgetId}")
  @Operation(operationId = "getBudget", summary = "A budget")
  public BudgetDto get(UUID id, UUID budgetId) {
    BudgetService.Planned planned = budgets.get(id, budgetId);
    return BudgetDto.from(planned.budget(), planned.figures());
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createBudget",
      summary = "Set an account's budget for a period",
      description =
          "A fiscal year, half, quarter or month that overlaps none of the account's"
              + " budgets (409 naming the one it overlaps). Each figure is spread evenly over the"
              + " period's months, the remainder on the last month, which is how monthly P&L rows"
              + " show it.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the budget",
      content = @Content(schema = @Schema(implementation = BudgetDto.class)))
  public RestResponse<BudgetDto> create(UUID id, @Valid @NotNull BudgetInput input, UriInfo uri) {
    BudgetService.Planned planned = budgets.create(id, input);
    return Created.below(
        uri, BudgetDto.from(planned.budget(), planned.figures()), planned.budget().id.toString());
  }

  @PATCH
  @Path("{budgetId}")
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateBudget",
      summary = "Change a budget's figures",
      description =
          "JSON Merge Patch over {revenue, costs}; null removes a figure. The period"
              + " cannot change: delete the budget and set a new one.")
  public BudgetDto update(
      UUID id,
      UUID budgetId,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = BudgetInput.Figures.class)))
          String patch) {
    BudgetService.Planned planned = budgets.update(id, budgetId, patch, ifMatch.expectedVersion());
    return BudgetDto.from(planned.budget(), planned.figures());
  }

  @DELETE
  @Path("{budgetId}")
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Operation(
      operationId = "deleteBudget",
      summary = "Delete a budget",
      description = "Budgets are plans, not postings: deleting one removes it from every report.")
  public void delete(UUID id, UUID budgetId, @BeanParam IfMatch ifMatch) {
    budgets.delete(id, budgetId, ifMatch.expectedVersion());
  }
}
