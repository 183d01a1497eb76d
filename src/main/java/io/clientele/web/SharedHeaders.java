package io.clientele.web;

import io.smallrye.openapi.model.BaseModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The headers every operation of a kind shares: the ETag of a versioned record, If-None-Match and
 * 304 on the reads of one (see ETags), Idempotency-Key on POST (see Idempotency).
 */
final class SharedHeaders {
  /** Said by every read that answers 304, after what the operation says of itself. */
  static final String NOT_MODIFIED_NOTE = "Answers 304 when If-None-Match names the current ETag.";

  private SharedHeaders() {}

  static void addComponents(Components components) {
    components.addResponse(
        "NotModified",
        OASFactory.createAPIResponse()
            .description("If-None-Match named the current version: nothing has changed"));
    components.addHeader(
        "ETag",
        OASFactory.createHeader()
            .description("The record's version as a strong entity tag; send it back in If-Match")
            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
            .example("\"3\""));
  }

  /** A read of one versioned record: 304 while the caller's copy is current. */
  static void notModified(Operation op) {
    op.getResponses().addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
    op.addParameter(ifNoneMatch());
    String description = op.getDescription();
    if (description == null || description.isEmpty()) {
      describe(op, NOT_MODIFIED_NOTE);
    } else if (!description.endsWith(NOT_MODIFIED_NOTE)) {
      op.setDescription(description + " " + NOT_MODIFIED_NOTE);
    }
  }

  /**
   * Gives an operation the description its annotation did not, where the annotation would have put
   * it (after the summary): the contract reads the same whichever of the two said it.
   */
  private static void describe(Operation op, String text) {
    if (!(op instanceof BaseModel<?> model)) {
      op.setDescription(text);
      return;
    }
    Map<String, Object> ordered = new LinkedHashMap<>();
    model
        .getAllProperties()
        .forEach(
            (name, value) -> {
              ordered.put(name, value);
              if (name.equals("summary")) {
                ordered.put("description", text);
              }
            });
    ordered.putIfAbsent("description", text);
    model.setAllProperties(ordered);
  }

  static void idempotencyKey(Operation op) {
    op.addParameter(
        OASFactory.createParameter()
            .name(Idempotency.HEADER)
            .in(Parameter.In.HEADER)
            .required(false)
            .description(
                "Makes a retry safe: a repeat with the same key and body returns the first answer"
                    + " (marked Idempotent-Replayed: true) and creates nothing new. Keys are kept"
                    + " 24 h.")
            .schema(
                OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(255))
            .example("4f7c2a1e-create-northwind"));
  }

  /** Every 2xx answer that carries a versioned record names its version. */
  static void etags(APIResponses responses, Predicate<APIResponse> versioned) {
    responses
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              if (code.startsWith("20")
                  && response.getContent() != null
                  && versioned.test(response)) {
                response.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
              }
            });
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
}
