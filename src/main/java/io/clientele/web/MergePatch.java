package io.clientele.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * RFC 7396 JSON Merge Patch: the patch is applied (by JSON-P) to the resource's current input
 * shape, and the result is read and validated exactly like a create body, so a PATCH can never set
 * what a POST could not (read-only fields stay unknown properties).
 */
@ApplicationScoped
public class MergePatch {
  public static final String MEDIA_TYPE = "application/merge-patch+json";

  private final ObjectMapper mapper;
  private final Validator validator;

  public MergePatch(ObjectMapper mapper, Validator validator) {
    this.mapper = mapper;
    this.validator = validator;
  }

  public <T> T apply(T current, String patchBody, Class<T> type) {
    JsonValue patch = parse(patchBody);
    if (patch.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new ProblemException(
          ProblemKind.BAD_REQUEST, "A merge patch must be a JSON object", null);
    }
    try {
      JsonValue target = parse(mapper.writeValueAsString(current));
      JsonValue patched = Json.createMergePatch(patch).apply(target);
      T result = mapper.readValue(patched.toString(), type);
      var violations = validator.validate(result);
      if (!violations.isEmpty()) {
        throw new ConstraintViolationException(violations);
      }
      return result;
    } catch (IOException e) {
      // Jackson's own exceptions reach the ProblemMapper with their field paths
      if (e instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
        throw new UncheckedJson(json);
      }
      throw new UncheckedIOException(e);
    }
  }

  private static JsonValue parse(String body) {
    if (body == null || body.isBlank()) {
      throw new ProblemException(ProblemKind.BAD_REQUEST, "A JSON request body is required", null);
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      throw new ProblemException(
          ProblemKind.MALFORMED_JSON,
          "The request body is not valid JSON: " + e.getMessage(),
          null);
    } catch (JsonException e) {
      throw new ProblemException(
          ProblemKind.MALFORMED_JSON, "The request body is not valid JSON", null);
    }
  }

  /** Carries a Jackson failure out of the patch unchanged, for the mapper to describe. */
  public static final class UncheckedJson extends RuntimeException {
    public UncheckedJson(com.fasterxml.jackson.core.JsonProcessingException cause) {
      super(cause.getMessage(), cause, false, false);
    }

    @Override
    public synchronized com.fasterxml.jackson.core.JsonProcessingException getCause() {
      return (com.fasterxml.jackson.core.JsonProcessingException) super.getCause();
    }
  }
}
