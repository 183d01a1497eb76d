package io.clientele.plan;

import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.clientele.web.IfMatch;
import io.clientele.web.ListParams;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.Params;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * An account's plans: read by whoever sees the account but integrations (a plan's revenue KPI is
 * P&L data, which they do not read), written by its admins, directors and managers. The moves are
 * PlanMovesResource.
 */
@Path("/accounts/{id}/plans")
@Tag(name = "Account plans", description = "Account plans: objectives and KPIs per fiscal year")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {
  private final PlanService plans;

  public PlanResource(PlanService plans) {
    this.plans = plans;
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Operation(
      operationId = "listAccountPlans",
      summary = "List an account's plans",
      description = "Keyset-paginated; `sort` on fiscalYear (default -fiscalYear), createdAt.")
  public Page<PlanDto> list(
      UUID id,
      @Parameter(
              description = "One fiscal year",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1900",
                      maximum = "2999"))
          @QueryParam("fiscalYear")
          String fiscalYear,
      @Parameter(
              description = "Any of these statuses",
              schema = @Schema(type = SchemaType.ARRAY, implementation = PlanStatus.class),
              example = "draft,active")
          @QueryParam("status")
          List<String> status,
      @BeanParam ListParams paging) {
    return plans.list(
        id,
        new PlanService.Filter(
            Params.integer("fiscalYear", fiscalYear, 1900, 2999),
            Params.list("status", status, 3).stream()
                .map(s -> Params.enumValue("status", s, PlanStatus.class))
                .toList()),
        paging.page(),
        paging.sort);
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Path("{planId}")
  @Operation(
      operationId = "getAccountPlan",
      summary = "An account plan",
      description =
          """
          With its KPIs' actuals: revenue and won computed now (frozen once closed), a missing \
          exchange rate named on the KPI it stops.""")
  public PlanDto get(UUID id, UUID planId) {
    return plans.get(id, planId);
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createAccountPlan",
      summary = "Plan one of an account's fiscal years",
      description =
          """
          A draft, by an admin, director or manager who sees the account. One live plan per \
          account and fiscal year: a second is 409 naming the first.""")
  @APIResponse(
      responseCode = "201",
      description = "Drafted; Location names the plan",
      content = @Content(schema = @Schema(implementation = PlanDto.class)))
  public RestResponse<PlanDto> create(UUID id, @Valid @NotNull PlanInput input, UriInfo uri) {
    PlanDto created = plans.create(id, input);
    return Created.below(uri, created, created.id().toString());
  }

  @PATCH
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER})
  @Path("{planId}")
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateAccountPlan",
      summary = "Change a plan",
      description =
          """
          JSON Merge Patch over summary, objectives and kpis, by an admin, director or manager \
          who sees the account; objectives and kpis are replaced as a whole. A closed plan is \
          read-only (409).""")
  public PlanDto update(
      UUID id,
      UUID planId,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = PlanChanges.class)))
          String patch) {
    return plans.update(id, planId, patch, ifMatch.expectedVersion());
  }

  @DELETE
  @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MANAGER})
  @Path("{planId}")
  @Operation(
      operationId = "deleteAccountPlan",
      summary = "Delete a plan",
      description =
          """
          A soft delete, of a draft or active plan (a closed one is read-only: 409); the year may \
          then be planned again.""")
  public void delete(UUID id, UUID planId, @BeanParam IfMatch ifMatch) {
    plans.delete(id, planId, ifMatch.expectedVersion());
  }
}
