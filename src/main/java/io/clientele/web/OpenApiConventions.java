package io.clientele.web;

import io.clientele.common.ExternalId;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds what every operation shares, once: the problem+json schema and the error responses each kind
 * of operation can answer with (with examples), the ETag header, 304 on single-resource reads, the
 * Idempotency-Key header on POST, the types of path and query parameters (by name), the form of
 * list parameters, and the merge-patch schemas of PATCH bodies.
 */
public class OpenApiConventions implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final String FISCAL_PERIOD = "FiscalPeriod";

  /** Dates whose names do not say so. */
  private static final Set<String> DATE_PARAMETERS =
      Set.of("asOf", "dueBefore", "issuedFrom", "issuedTo");

  private record ErrorResponse(String code, String name, String description, String detail) {}

  private static final List<ErrorResponse> ERRORS =
      List.of(
          new ErrorResponse(
              "400",
              "BadRequest",
              "Malformed JSON or an invalid query parameter (limit, cursor, sort, filter)",
              "Invalid parameter 'limit': must be between 1 and 500, was 1000"),
          new ErrorResponse(
              "401",
              "Unauthorized",
              "No bearer token, or one that is expired or not signed by the trusted issuer",
              "A valid bearer token is required: send 'Authorization: Bearer <token>'"),
          new ErrorResponse(
              "403",
              "Forbidden",
              "The caller's role does not allow this operation",
              "Your role does not allow this operation"),
          new ErrorResponse(
              "404",
              "NotFound",
              "No such record, or one the caller may not see (the two are indistinguishable)",
              "Account not found"),
          new ErrorResponse(
              "406",
              "NotAcceptable",
              "The Accept header asks for a media type this operation cannot produce",
              "This resource cannot answer in any of the media types the Accept header asks for"),
          new ErrorResponse(
              "409",
              "Conflict",
              "The request conflicts with the current state (a duplicate, a concurrent change,"
                  + " an Idempotency-Key still in flight)",
              "Another account already carries this external id for the same source"),
          new ErrorResponse(
              "412",
              "PreconditionFailed",
              "If-Match named a version that is no longer current",
              "The resource has changed: its current version is 4; read it again and retry"),
          new ErrorResponse(
              "413",
              "PayloadTooLarge",
              "The request body is larger than the configured limit",
              "The request body is larger than 1048576 bytes"),
          new ErrorResponse(
              "415",
              "UnsupportedMediaType",
              "The Content-Type is not one this operation reads",
              "This resource does not accept that Content-Type"),
          new ErrorResponse(
              "422",
              "ValidationFailed",
              "The body is well-formed JSON but breaks a rule: field errors are listed",
              "The request has 1 invalid field"),
          new ErrorResponse(
              "500",
              "InternalError",
              "An unexpected failure; it has been logged",
              "An unexpected error occurred; it has been logged"));

  private Map<String, Schema> schemas = Map.of();

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    if (openAPI.getComponents().getSchemas() != null) {
      schemas = openAPI.getComponents().getSchemas();
    }
    openAPI.getComponents().addSchema("Problem", problemSchema());
    openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
    openAPI.getComponents().addSchema(FISCAL_PERIOD, fiscalPeriodSchema());
    ERRORS.forEach(e -> openAPI.getComponents().addResponse(e.name(), errorResponse(e)));
    openAPI
        .getComponents()
        .addResponse(
            "NotModified",
            OASFactory.createAPIResponse()
                .description("If-None-Match named the current version: nothing has changed"));
    openAPI
        .getComponents()
        .addHeader(
            "ETag",
            OASFactory.createHeader()
                .description(
                    "The record's version as a strong entity tag; send it back in If-Match")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .example("\"3\""));
    inlineNullableReferences(openAPI);
    if (openAPI.getPaths() == null) {
      return;
    }
    dropUuidPatterns(openAPI);
    mergePatchSchemas(openAPI);
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations().forEach((method, op) -> conventions(path, method, op)));
    dropUnusedSchemas(openAPI);
    composeExamples(openAPI);
  }

  /**
   * A record without an example of its own gets one made of its properties' examples, so that every
   * body in the contract shows a whole realistic value (ContractExamplesTest checks each against
   * its schema).
   */
  private void composeExamples(OpenAPI openAPI) {
    Map<String, Object> composed = new LinkedHashMap<>();
    schemas.forEach(
        (name, schema) -> {
          if (schema.getExample() == null
              && (schema.getExamples() == null || schema.getExamples().isEmpty())
              && schema.getProperties() != null) {
            Object example = exampleOf(schema, 0, name.endsWith("Patch"));
            if (name.endsWith("Patch") && example instanceof Map<?, ?> fields) {
              // a merge patch names the few fields it changes
              example =
                  fields.entrySet().stream()
                      .limit(2)
                      .collect(
                          LinkedHashMap::new,
                          (m, e) -> m.put(e.getKey(), e.getValue()),
                          Map::putAll);
            }
            if (example != null) {
              composed.put(name, example);
            }
          }
        });
    composed.forEach((name, example) -> schemas.get(name).setExample(example));
  }

  private static boolean isNullable(Schema schema) {
    return schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
  }

  private static boolean hasOwnExample(Schema schema) {
    return schema.getExample() != null
        || schema.getExamples() != null && !schema.getExamples().isEmpty();
  }

  private static boolean isUuid(Schema schema) {
    return "uuid".equals(schema.getFormat())
        || "#/components/schemas/UUID".equals(schema.getRef())
        || schema.getAllOf() != null
            && schema.getAllOf().stream()
                .anyMatch(s -> "#/components/schemas/UUID".equals(s.getRef()));
  }

  private Object exampleOf(Schema schema, int depth, boolean patch) {
    if (schema == null || depth > 8) {
      return null;
    }
    if (schema.getExample() != null) {
      return schema.getExample();
    }
    if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
      // annotations' examples land here (JSON Schema's `examples`), written as `example`
      return schema.getExamples().get(0);
    }
    if (schema.getRef() != null) {
      return exampleOf(
          schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)),
          depth + 1,
          false);
    }
    if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
      return exampleOf(schema.getAllOf().get(0), depth + 1, false);
    }
    if (schema.getEnumeration() != null) {
      return schema.getEnumeration().stream().filter(Objects::nonNull).findFirst().orElse(null);
    }
    if (schema.getItems() != null) {
      Object item = exampleOf(schema.getItems(), depth + 1, false);
      return item == null ? null : List.of(item);
    }
    if (schema.getProperties() == null) {
      return null;
    }
    Map<String, Object> example = new LinkedHashMap<>();
    schema
        .getProperties()
        .forEach(
            (name, property) -> {
              if (isNullable(property) && !hasOwnExample(property) && !patch) {
                // left out, as it often is (a reversal's ids, a result's problem)
                return;
              }
              Object value = exampleOf(property, depth + 1, false);
              if (value == null && isUuid(property)) {
                // one id per property name, the same in every example
                value = UUID.nameUUIDFromBytes(name.getBytes()).toString();
              }
              if (value != null) {
                example.put(name, value);
              }
            });
    return example.isEmpty() ? null : example;
  }

  private void conventions(String path, PathItem.HttpMethod method, Operation op) {
    boolean hasBody = op.getRequestBody() != null;
    boolean single = path.contains("{");
    APIResponses responses = op.getResponses();
    // an operation may declare an error status itself (say, a 422 on a GET): give it the shape
    ERRORS.stream()
        .map(ErrorResponse::code)
        .filter(responses::hasAPIResponse)
        .forEach(code -> add(responses, code));
    add(responses, "400");
    add(responses, "401");
    add(responses, "403");
    add(responses, "406");
    add(responses, "500");
    if (single) {
      add(responses, "404");
    }
    if (hasBody) {
      add(responses, "409");
      add(responses, "413");
      add(responses, "415");
      add(responses, "422");
    }
    if (single
        && (method == PathItem.HttpMethod.PATCH
            || method == PathItem.HttpMethod.PUT
            || method == PathItem.HttpMethod.DELETE)) {
      add(responses, "409");
      add(responses, "412");
    }
    if (honoursIfMatch(op)) {
      // an action on a versioned record (issue, void, pay ...): a state or version conflict
      add(responses, "409");
      add(responses, "412");
    }
    if (single
        && method == PathItem.HttpMethod.GET
        && carriesVersion(responses.getAPIResponse("200"))) {
      responses.addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
      op.addParameter(ifNoneMatch());
    }
    typeParameters(op);
    if (method == PathItem.HttpMethod.POST) {
      op.addParameter(idempotencyKey());
    }
    for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
      if (entry.getKey().startsWith("20")
          && entry.getValue().getContent() != null
          && carriesVersion(entry.getValue())) {
        entry.getValue().addHeader("ETag", OASFactory.createHeader().ref("ETag"));
      }
    }
  }

  /**
   * Resources read most query and path parameters as strings, so that a bad value is a 400 naming
   * the parameter (see Params); the contract says what they really are. A parameter still
   * documented as a bare string gets the schema its name calls for here; an inline enum gets its
   * missing `type: string`.
   */
  private static void typeParameters(Operation op) {
    if (op.getParameters() == null) {
      return;
    }
    for (Parameter parameter : op.getParameters()) {
      Schema schema = parameter.getSchema();
      if (parameter.getIn() != Parameter.In.PATH && parameter.getIn() != Parameter.In.QUERY
          || schema == null) {
        continue;
      }
      if (schema.getType() == null && schema.getRef() == null && schema.getEnumeration() != null) {
        schema.setType(List.of(Schema.SchemaType.STRING));
      }
      if (List.of(Schema.SchemaType.ARRAY).equals(schema.getType())) {
        listParameter(parameter);
        continue;
      }
      Schema typed = isBareString(schema) ? parameterSchema(op.getOperationId(), parameter) : null;
      if (typed == null) {
        continue;
      }
      parameter.setSchema(typed);
      if (parameter.getExample() instanceof String example && typed.getType() != null) {
        // the annotation's example is text: give it the parameter's type
        if (typed.getType().contains(Schema.SchemaType.INTEGER)) {
          parameter.setExample(Integer.valueOf(example));
        } else if (typed.getType().contains(Schema.SchemaType.BOOLEAN)) {
          parameter.setExample(Boolean.valueOf(example));
        }
      }
    }
  }

  /**
   * A list parameter is read by Params.list from repeats (`stage=a&stage=b`, what generators send)
   * and from commas (`stage=a,b`); the contract shows the first, with an array as its example.
   */
  private static void listParameter(Parameter parameter) {
    parameter.setStyle(Parameter.Style.FORM);
    parameter.setExplode(true);
    if (parameter.getExample() instanceof String example) {
      parameter.setExample(List.of(example.split(",")));
    }
    if (parameter.getDescription() != null && !parameter.getDescription().contains("repeat")) {
      parameter.setDescription(
          parameter.getDescription()
              + ": repeat the parameter (`?"
              + parameter.getName()
              + "=a&"
              + parameter.getName()
              + "=b`) or separate values with commas");
    }
  }

  private static boolean isBareString(Schema schema) {
    return schema.getRef() == null
        && List.of(Schema.SchemaType.STRING).equals(schema.getType())
        && schema.getFormat() == null
        && schema.getPattern() == null
        && schema.getEnumeration() == null;
  }

  /**
   * The schema of a parameter, by name: ids are UUIDs, `*Date*` and a few others dates, `*Since`
   * and `*At` timestamps. `from` and `to` mean different things in different operations. Null for
   * free text (q, sort, cursor ...).
   */
  private static Schema parameterSchema(String operationId, Parameter parameter) {
    String name = parameter.getName();
    if (name.equals("id") || name.endsWith("Id") && !name.equals("externalId")) {
      return string("uuid", null);
    }
    if (name.endsWith("Since") || name.endsWith("At")) {
      return string("date-time", null);
    }
    if (name.contains("Date") || DATE_PARAMETERS.contains(name)) {
      return string("date", null);
    }
    return switch (name) {
      case "limit" ->
          OASFactory.createSchema()
              .type(List.of(Schema.SchemaType.INTEGER))
              .format("int32")
              .minimum(BigDecimal.ONE)
              .maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT));
      case "active", "atomic", "includeRetired" ->
          OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN));
      case "amountMin", "amountMax" -> string("decimal", "^[0-9]{1,15}(\\.[0-9]{1,2})?$");
      case "period", "cycle" -> ref(FISCAL_PERIOD);
      case "month" -> ref("YearMonth");
      case "currency" -> string(null, "^[A-Z]{3}$");
      case "source" -> string(null, ExternalId.SOURCE_PATTERN);
      case "key" -> string(null, "^[a-z][a-z0-9_]{0,49}$");
      case "from", "to" ->
          switch (operationId) {
            case "getAccountPnl", "getCompanyPnl", "listExchangeRates" -> ref("YearMonth");
            case "listCostEntries", "listRevenueEntries" -> string("date", null);
            case "getForecastAccuracy" -> ref(FISCAL_PERIOD);
            default -> null;
          };
      default -> null;
    };
  }

  private static Schema string(String format, String pattern) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .format(format)
        .pattern(pattern);
  }

  private static Schema ref(String name) {
    return OASFactory.createSchema().ref("#/components/schemas/" + name);
  }

  private static Schema fiscalPeriodSchema() {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .pattern("^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$")
        .description("A fiscal year, half, quarter or calendar month")
        .example("2026-Q4");
  }

  private static boolean honoursIfMatch(Operation op) {
    return op.getParameters() != null
        && op.getParameters().stream()
            .anyMatch(
                p -> "If-Match".equalsIgnoreCase(p.getName()) && p.getIn() == Parameter.In.HEADER);
  }

  /**
   * OpenAPI 3.0 cannot say "null or this $ref": `nullable` beside an `allOf` reference is ignored
   * by validators and generators alike. A nullable reference is therefore replaced by a nullable
   * copy of the schema it points to.
   */
  private static void inlineNullableReferences(OpenAPI openAPI) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    for (Schema schema : schemas.values()) {
      if (schema.getProperties() == null) {
        continue;
      }
      for (Schema property : schema.getProperties().values()) {
        // the model holds "null or $ref" as anyOf: [{$ref}, {type: null}]
        List<Schema> anyOf = property.getAnyOf();
        if (anyOf == null || anyOf.size() != 2) {
          continue;
        }
        Schema reference = anyOf.stream().filter(s -> s.getRef() != null).findFirst().orElse(null);
        boolean orNull =
            anyOf.stream()
                .anyMatch(
                    s ->
                        s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL)));
        String ref = reference == null ? null : reference.getRef();
        Schema target = ref == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (!orNull || target == null) {
          continue;
        }
        List<Schema.SchemaType> type = new ArrayList<>(target.getType());
        type.add(Schema.SchemaType.NULL);
        property.setAnyOf(null);
        property.setType(type);
        property.setFormat(target.getFormat());
        property.setPattern(target.getPattern());
        property.setEnumeration(target.getEnumeration());
        property.setProperties(target.getProperties());
        property.setRequired(target.getRequired());
        if (property.getDescription() == null) {
          property.setDescription(target.getDescription());
        }
      }
    }
  }

  /**
   * A schema only ever used as a nullable reference was inlined everywhere (see
   * inlineNullableReferences): the component left behind would be noise for readers and generators.
   */
  private static void dropUnusedSchemas(OpenAPI openAPI) {
    Map<String, Schema> all = openAPI.getComponents().getSchemas();
    if (all == null) {
      return;
    }
    Set<String> used = new HashSet<>();
    Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Consumer<Content> content =
        c -> {
          if (c != null) {
            c.getMediaTypes().values().forEach(m -> collectRefs(m.getSchema(), used, seen));
          }
        };
    Consumer<APIResponse> response =
        r -> {
          content.accept(r.getContent());
          if (r.getHeaders() != null) {
            r.getHeaders().values().forEach(h -> collectRefs(h.getSchema(), used, seen));
          }
        };
    if (openAPI.getComponents().getResponses() != null) {
      openAPI.getComponents().getResponses().values().forEach(response);
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation op : item.getOperations().values()) {
        if (op.getParameters() != null) {
          op.getParameters().forEach(p -> collectRefs(p.getSchema(), used, seen));
        }
        if (op.getRequestBody() != null) {
          content.accept(op.getRequestBody().getContent());
        }
        if (op.getResponses() != null) {
          op.getResponses().getAPIResponses().values().forEach(response);
        }
      }
    }
    // what a used schema refers to is used too
    Deque<String> pending = new ArrayDeque<>(used);
    while (!pending.isEmpty()) {
      Set<String> found = new HashSet<>();
      collectRefs(
          all.get(pending.pop()), found, Collections.newSetFromMap(new IdentityHashMap<>()));
      found.stream().filter(used::add).forEach(pending::push);
    }
    all.keySet().stream()
        .filter(name -> !used.contains(name))
        .toList()
        .forEach(openAPI.getComponents()::removeSchema);
  }

  private static void collectRefs(Schema schema, Set<String> names, Set<Schema> seen) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    if (schema.getRef() != null) {
      names.add(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> collectRefs(p, names, seen));
    }
    collectRefs(schema.getItems(), names, seen);
    collectRefs(schema.getAdditionalPropertiesSchema(), names, seen);
    for (List<Schema> parts :
        Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (parts != null) {
        parts.forEach(p -> collectRefs(p, names, seen));
      }
    }
  }

  /**
   * A UUID is described by `format: uuid` alone: a `pattern` beside it has generated clients match
   * a regex against their UUID objects (the Python client does not even import).
   */
  private void dropUuidPatterns(OpenAPI openAPI) {
    Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Schema uuid = schemas.get("UUID");
    if (openAPI.getComponents().getSchemas() != null) {
      openAPI.getComponents().getSchemas().values().forEach(s -> dropUuidPatterns(s, seen, uuid));
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation op : item.getOperations().values()) {
        if (op.getParameters() != null) {
          op.getParameters().forEach(p -> dropUuidPatterns(p.getSchema(), seen, uuid));
        }
      }
      if (item.getParameters() != null) {
        item.getParameters().forEach(p -> dropUuidPatterns(p.getSchema(), seen, uuid));
      }
    }
  }

  private static void dropUuidPatterns(Schema schema, Set<Schema> seen, Schema uuid) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    boolean uuidReference =
        schema.getAllOf() != null
            && schema.getAllOf().stream()
                .anyMatch(s -> "#/components/schemas/UUID".equals(s.getRef()));
    if ("uuid".equals(schema.getFormat()) || uuidReference || schema == uuid) {
      schema.setPattern(null);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> dropUuidPatterns(p, seen, uuid));
    }
    dropUuidPatterns(schema.getItems(), seen, uuid);
    for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf())) {
      if (parts != null) {
        parts.forEach(p -> dropUuidPatterns(p, seen, uuid));
      }
    }
  }

  /**
   * A PATCH body is a JSON Merge Patch (see MergePatch) over the fields of the schema its resource
   * names: `updateAccount` over AccountInput is documented as AccountPatch, a copy in which nothing
   * is required and every field the input may leave out is nullable (null clears it). A field the
   * input requires stays non-null: null there is a 422.
   */
  private static void mergePatchSchemas(OpenAPI openAPI) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Set<String> replaced = new HashSet<>();
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      Operation op = item.getPATCH();
      if (op == null || op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
        continue;
      }
      String name = op.getOperationId().replaceFirst("^update", "") + "Patch";
      for (var media : op.getRequestBody().getContent().getMediaTypes().values()) {
        String ref = media.getSchema() == null ? null : media.getSchema().getRef();
        Schema input = ref == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (input == null) {
          continue;
        }
        if (!schemas.containsKey(name)) {
          openAPI.getComponents().addSchema(name, patchOf(input, schemas));
        }
        media.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + name));
        replaced.add(ref.substring(ref.lastIndexOf('/') + 1));
      }
    }
    // a record written only for PATCH (StageChanges ...) would be a model no operation uses
    replaced.removeAll(references(openAPI));
    replaced.forEach(openAPI.getComponents()::removeSchema);
  }

  /** The names of the component schemas the operations and other schemas refer to. */
  private static Set<String> references(OpenAPI openAPI) {
    List<Schema> roots = new ArrayList<>(openAPI.getComponents().getSchemas().values());
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation op : item.getOperations().values()) {
        if (op.getParameters() != null) {
          op.getParameters().forEach(p -> roots.add(p.getSchema()));
        }
        List<Content> contents = new ArrayList<>();
        if (op.getRequestBody() != null) {
          contents.add(op.getRequestBody().getContent());
        }
        op.getResponses().getAPIResponses().values().forEach(r -> contents.add(r.getContent()));
        contents.stream()
            .filter(Objects::nonNull)
            .forEach(c -> c.getMediaTypes().values().forEach(m -> roots.add(m.getSchema())));
      }
    }
    Set<String> names = new HashSet<>();
    ArrayDeque<Schema> todo = new ArrayDeque<>();
    roots.stream().filter(Objects::nonNull).forEach(todo::add);
    while (!todo.isEmpty()) {
      Schema schema = todo.pop();
      if (schema.getRef() != null) {
        names.add(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
      }
      if (schema.getProperties() != null) {
        todo.addAll(schema.getProperties().values());
      }
      if (schema.getItems() != null) {
        todo.add(schema.getItems());
      }
      if (schema.getAdditionalPropertiesSchema() != null) {
        todo.add(schema.getAdditionalPropertiesSchema());
      }
      for (List<Schema> all :
          Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
        if (all != null) {
          todo.addAll(all);
        }
      }
    }
    return names;
  }

  private static Schema patchOf(Schema input, Map<String, Schema> schemas) {
    Schema patch =
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .description(
                "JSON Merge Patch (RFC 7396): only the fields to change; null clears an optional"
                    + " field");
    List<String> required = input.getRequired() == null ? List.of() : input.getRequired();
    if (input.getProperties() != null) {
      input
          .getProperties()
          .forEach(
              (field, property) ->
                  patch.addProperty(
                      field, required.contains(field) ? property : nullable(property, schemas)));
    }
    return patch;
  }

  /** A nullable copy of a property, with the schema a reference names inlined (see above). */
  private static Schema nullable(Schema property, Map<String, Schema> schemas) {
    Schema source = property;
    String ref = property.getRef();
    if (ref == null && property.getAllOf() != null && property.getAllOf().size() == 1) {
      ref = property.getAllOf().get(0).getRef();
    }
    if (ref != null && schemas.get(ref.substring(ref.lastIndexOf('/') + 1)) != null) {
      source = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    List<Schema.SchemaType> type =
        new ArrayList<>(
            source.getType() != null
                ? source.getType()
                : property.getType() != null ? property.getType() : List.of());
    if (type.isEmpty() || type.contains(Schema.SchemaType.NULL)) {
      return property;
    }
    type.add(Schema.SchemaType.NULL);
    Schema copy =
        OASFactory.createSchema()
            .type(type)
            .format(source.getFormat())
            .pattern(source.getPattern())
            .enumeration(source.getEnumeration())
            .properties(source.getProperties())
            .required(source.getRequired())
            .items(source.getItems())
            .minimum(source.getMinimum())
            .maximum(source.getMaximum())
            .minLength(source.getMinLength())
            .maxLength(source.getMaxLength())
            .minItems(source.getMinItems())
            .maxItems(source.getMaxItems())
            .description(
                property.getDescription() != null
                    ? property.getDescription()
                    : source.getDescription())
            .example(property.getExample() != null ? property.getExample() : source.getExample());
    return copy;
  }

  /** A response carries an ETag when its schema is a single record with a `version`. */
  private boolean carriesVersion(APIResponse response) {
    if (response == null || response.getContent() == null) {
      return false;
    }
    return response.getContent().getMediaTypes().values().stream()
        .map(media -> media.getSchema() == null ? null : media.getSchema().getRef())
        .filter(Objects::nonNull)
        .map(ref -> schemas.get(ref.substring(ref.lastIndexOf('/') + 1)))
        .anyMatch(
            schema ->
                schema != null
                    && schema.getProperties() != null
                    && schema.getProperties().containsKey("version"));
  }

  /** Adds the shared problem response, replacing the content-less ones SmallRye generates. */
  private static void add(APIResponses responses, String code) {
    APIResponse existing = responses.getAPIResponse(code);
    if (existing != null && (existing.getContent() != null || existing.getRef() != null)) {
      return;
    }
    String name =
        ERRORS.stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow().name();
    responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
  }

  private static Parameter ifNoneMatch() {
    return OASFactory.createParameter()
        .name("If-None-Match")
        .in(Parameter.In.HEADER)
        .required(false)
        .description(
            "The ETag of the copy the caller holds: while it is still current the answer is 304"
                + " with no body")
        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
        .example("\"3\"");
  }

  private static Parameter idempotencyKey() {
    return OASFactory.createParameter()
        .name(Idempotency.HEADER)
        .in(Parameter.In.HEADER)
        .required(false)
        .description(
            "Makes a retry safe: a repeat with the same key and body returns the first answer"
                + " (marked Idempotent-Replayed: true) and creates nothing new. Keys are kept 24 h.")
        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(255))
        .example("4f7c2a1e-create-northwind");
  }

  private static APIResponse errorResponse(ErrorResponse error) {
    // insertion-ordered, so the generated document is the same on every build
    ProblemKind kind = ProblemKind.forStatus(Integer.parseInt(error.code()));
    Map<String, Object> example = new LinkedHashMap<>();
    example.put("type", kind.type());
    example.put("title", kind.title());
    example.put("status", kind.status());
    example.put("detail", error.detail());
    example.put("instance", "/api/v1/accounts");
    Content content =
        OASFactory.createContent()
            .addMediaType(
                Problem.MEDIA_TYPE,
                OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                    .example(example));
    APIResponse response =
        OASFactory.createAPIResponse().description(error.description()).content(content);
    if (error.code().equals("401")) {
      Header challenge =
          OASFactory.createHeader()
              .description("Bearer challenge")
              .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
              .example("Bearer");
      response.addHeader("WWW-Authenticate", challenge);
    }
    return response;
  }

  private static Schema stringSchema(String description, String example) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .description(description)
        .example(example);
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .description("RFC 9457 problem details, sent as application/problem+json")
        .addRequired("type")
        .addRequired("title")
        .addRequired("status")
        .addProperty(
            "type",
            stringSchema("Stable URI naming the kind of problem", ProblemKind.VALIDATION.type()))
        .addProperty("title", stringSchema("Short summary of the kind", "Validation failed"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.INTEGER))
                .format("int32")
                .description("HTTP status code")
                .example(422))
        .addProperty(
            "detail",
            stringSchema("What went wrong with this request", "The request has 1 invalid field"))
        .addProperty("instance", stringSchema("The request path", "/api/v1/accounts"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.ARRAY))
                .description("Field errors, present for validation problems")
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
  }

  private static Schema fieldErrorSchema() {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .addRequired("field")
        .addRequired("message")
        .addProperty("field", stringSchema("JSON path or parameter name", "tier"))
        .addProperty("message", stringSchema("What is wrong with it", "must be one of [A, B, C]"));
  }
}
