package io.clientele.web;

import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds what every operation shares, once, so that a resource says only what is its own: the
 * problem+json schema and the error responses each kind of operation can answer with
 * (ProblemResponses), the ETag header, 304 on single-resource reads and Idempotency-Key on POST
 * (SharedHeaders), the standard answers of a kind of operation (SharedAnswers), the types of path
 * and query parameters (ParameterTypes), the merge-patch schemas of PATCH bodies
 * (MergePatchSchemas) and an example for every record (ExampleComposer). Each rule adds only what
 * an annotation has not already said, so a resource that still says it changes nothing.
 */
public class OpenApiConventions implements OASFilter {

  private Map<String, org.eclipse.microprofile.openapi.models.media.Schema> schemas = Map.of();

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Components components = openAPI.getComponents();
    if (components.getSchemas() != null) {
      schemas = components.getSchemas();
    }
    ProblemResponses.addSchemas(components);
    components.addSchema(ParameterTypes.FISCAL_PERIOD, ParameterTypes.fiscalPeriodSchema());
    ProblemResponses.addResponses(components);
    SharedHeaders.addComponents(components);
    SchemaFixes.inlineNullableReferences(openAPI);
    if (openAPI.getPaths() == null) {
      return;
    }
    SchemaFixes.dropUuidPatterns(openAPI, schemas);
    MergePatchSchemas.replacePatchBodies(openAPI);
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations().forEach((method, op) -> conventions(path, method, op)));
    SchemaRefs.dropUnusedSchemas(openAPI);
    new ExampleComposer(schemas).composeExamples();
  }

  private void conventions(String path, HttpMethod method, Operation op) {
    boolean hasBody = op.getRequestBody() != null;
    boolean single = path.contains("{");
    APIResponses responses = op.getResponses();
    SharedAnswers.add(path, method, op);
    ProblemResponses.shapeDeclared(responses);
    for (String code : new String[] {"400", "401", "403", "406", "500"}) {
      ProblemResponses.add(responses, code);
    }
    if (single) {
      ProblemResponses.add(responses, "404");
    }
    if (hasBody) {
      for (String code : new String[] {"409", "413", "415", "422"}) {
        ProblemResponses.add(responses, code);
      }
    }
    boolean changesOne =
        single
            && (method == HttpMethod.PATCH
                || method == HttpMethod.PUT
                || method == HttpMethod.DELETE);
    // an action on a versioned record (issue, void, pay ...): a state or version conflict too
    if (changesOne || honoursIfMatch(op)) {
      ProblemResponses.add(responses, "409");
      ProblemResponses.add(responses, "412");
    }
    if (single && method == HttpMethod.GET && carriesVersion(responses.getAPIResponse("200"))) {
      SharedHeaders.notModified(op);
    }
    ParameterTypes.typeParameters(op);
    if (method == HttpMethod.POST) {
      SharedHeaders.idempotencyKey(op);
    }
    SharedHeaders.etags(responses, this::carriesVersion);
  }

  private static boolean honoursIfMatch(Operation op) {
    return op.getParameters() != null
        && op.getParameters().stream()
            .anyMatch(
                p -> "If-Match".equalsIgnoreCase(p.getName()) && p.getIn() == Parameter.In.HEADER);
  }

  /** A response carries an ETag when its schema is a single record with a `version`. */
  private boolean carriesVersion(APIResponse response) {
    if (response == null || response.getContent() == null) {
      return false;
    }
    return response.getContent().getMediaTypes().values().stream()
        .map(media -> media.getSchema() == null ? null : media.getSchema().getRef())
        .filter(Objects::nonNull)
        .map(ref -> schemas.get(SchemaRefs.nameOf(ref)))
        .anyMatch(
            schema ->
                schema != null
                    && schema.getProperties() != null
                    && schema.getProperties().containsKey("version"));
  }
}
