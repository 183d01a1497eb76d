package io.clientele.pipeline;

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
import jakarta.ws.rs.DELETE;
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

/** Everyone reads the stages; admins configure them. */
@Path("/pipeline/stages")
@Tag(name = "Pipeline", description = "Stages, opportunities, their history and pipeline analytics")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class StageResource {
  private final StageService stages;

  public StageResource(StageService stages) {
    this.stages = stages;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listStages",
      summary = "List the pipeline stages",
      description =
          "In pipeline order (position, then key). Stages are few: the whole list is one page.")
  public Page<StageDto> list(
      @Parameter(description = "Include retired stages (default true)", example = "false")
          @QueryParam("includeRetired")
          String includeRetired) {
    Boolean include = Params.bool("includeRetired", includeRetired);
    return new Page<>(
        stages.list(include == null || include).stream().map(StageDto::from).toList(), null);
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Path("{key}")
  @Operation(operationId = "getStage", summary = "A pipeline stage")
  public StageDto get(@Parameter(example = "negotiation") String key) {
    return StageDto.from(stages.get(key));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createStage",
      summary = "Add a stage (admin)",
      description =
          "Won stages have category closed and probability 100, lost stages omitted and 0.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = StageDto.class)))
  public RestResponse<StageDto> create(@Valid @NotNull StageInput input, UriInfo uri) {
    Stage created = stages.create(input);
    return Created.below(uri, StageDto.from(created), created.key);
  }

  @PATCH
  @Path("{key}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateStage",
      summary = "Relabel, reorder, retire or change a stage's defaults (admin)",
      description =
          "JSON Merge Patch over StageChanges. Changed defaults apply to deals entering the stage from now on.")
  public StageDto update(
      @Parameter(example = "negotiation") String key,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = StageChanges.class)))
          String patch) {
    return StageDto.from(stages.update(key, patch, ifMatch.expectedVersion()));
  }

  @DELETE
  @Path("{key}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "deleteStage",
      summary = "Delete an unused stage (admin)",
      description = "Only a stage no deal is or was ever in; otherwise 409: retire it instead.")
  public void delete(@Parameter(example = "discovery") String key, @BeanParam IfMatch ifMatch) {
    stages.delete(key, ifMatch.expectedVersion());
  }
}
