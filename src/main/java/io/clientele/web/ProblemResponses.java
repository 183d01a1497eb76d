package io.clientele.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The contract's one error shape: the Problem and FieldError schemas and a shared response, with an
 * example, for each status an operation may answer with (see ProblemMapper for the answers).
 */
final class ProblemResponses {
  private static final String PROBLEM_REF = "#/components/schemas/Problem";

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

  private ProblemResponses() {}

  /** The Problem and FieldError schemas. */
  static void addSchemas(Components components) {
    components.addSchema("Problem", problemSchema());
    components.addSchema("FieldError", fieldErrorSchema());
  }

  /** A shared response per error status (BadRequest, NotFound ...). */
  static void addResponses(Components components) {
    ERRORS.forEach(e -> components.addResponse(e.name(), errorResponse(e)));
  }

  /** An error status the operation declares itself (say, a 422 on a GET) gets the shape too. */
  static void shapeDeclared(APIResponses responses) {
    ERRORS.stream()
        .map(ErrorResponse::code)
        .filter(responses::hasAPIResponse)
        .forEach(code -> add(responses, code));
  }

  /** Adds the shared problem response, replacing the content-less ones SmallRye generates. */
  static void add(APIResponses responses, String code) {
    APIResponse existing = responses.getAPIResponse(code);
    if (existing != null && (existing.getContent() != null || existing.getRef() != null)) {
      return;
    }
    String name =
        ERRORS.stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow().name();
    responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(name));
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
