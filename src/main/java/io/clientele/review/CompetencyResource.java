package io.clientele.review;

import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.clientele.web.IfMatch;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Everyone who takes part in reviews reads the competencies; admins configure them. */
@Path("/reviews/competencies")
@Tag(name = "Reviews", description = "Performance reviews, their workflow, KPIs and competencies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CompetencyResource {
  private final CompetencyService competencies;

  public CompetencyResource(CompetencyService competencies) {
    this.competencies = competencies;
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Operation(
      operationId = "listCompetencies",
      summary = "List the review competencies",
      description =
          "In form order (position, then key). Competencies are few: the whole list is one page.")
  public Page<CompetencyDto> list(
      @Parameter(description = "Include retired competencies (default true)", example = "false")
          @QueryParam("includeRetired")
          String includeRetired) {
    return competencies.list(Params.bool("includeRetired", includeRetired));
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Path("{key}")
  @Operation(operationId = "getCompetency", summary = "A review competency")
  public CompetencyDto get(@Parameter(example = "forecasting_discipline") String key) {
    return CompetencyDto.from(competencies.get(key));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createCompetency",
      summary = "Add a competency (admin)",
      description = "Reviews may rate it from then on. A key in use is 409.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = CompetencyDto.class)))
  public RestResponse<CompetencyDto> create(@Valid @NotNull CompetencyInput input, UriInfo uri) {
    Competency created = competencies.create(input);
    return Created.below(uri, CompetencyDto.from(created), created.key);
  }

  @PATCH
  @Path("{key}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateCompetency",
      summary = "Relabel, reorder, retire or revive a competency (admin)",
      description =
          """
          JSON Merge Patch over CompetencyChanges. A retired competency stays on the reviews that \
          rated it; drafts cannot add it.""")
  public CompetencyDto update(
      @Parameter(example = "leadership") String key,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = CompetencyChanges.class)))
          String patch) {
    return CompetencyDto.from(competencies.update(key, patch, ifMatch.expectedVersion()));
  }
}
