package io.clientele.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.common.VersionedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiConsumer;

/**
 * RFC 7396 JSON Merge Patch: the patch is applied to the resource's current input shape, and the
 * result is read and validated exactly like a create body, so a PATCH can never set what a POST
 * could not (read-only fields stay unknown properties). The patch is read by the API's own JSON
 * reader, so it meets the limits a POST body meets (nesting depth, duplicate keys, trailing junk)
 * and fails with the same problems.
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

  /**
   * The versioned PATCH of one record: If-Match against its version, the patch merged over its
   * input shape `current`, and `apply` run (then flushed, so the new version is known) only when
   * the patch changes something: a patch that changes nothing leaves the version as it is.
   */
  public <E extends VersionedEntity, T> E update(
      E record, OptionalLong expectedVersion, String patchBody, T current, BiConsumer<E, T> apply) {
    ETags.checkIfMatch(expectedVersion, record.version);
    @SuppressWarnings("unchecked") // the input shapes are records: final classes
    T changed = apply(current, patchBody, (Class<T>) current.getClass());
    if (!changed.equals(current)) {
      apply.accept(record, changed);
      record.flush();
    }
    return record;
  }

  public <T> T apply(T current, String patchBody, Class<T> type) {
    if (patchBody == null || patchBody.isBlank()) {
      throw new ProblemException(ProblemKind.BAD_REQUEST, "A JSON request body is required", null);
    }
    try {
      // decimals stay exact: a float read as a double would lose digits or overflow
      JsonNode patch =
          mapper
              .reader()
              .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              .readTree(patchBody);
      if (patch == null || !patch.isObject()) {
        throw new ProblemException(
            ProblemKind.BAD_REQUEST, "A merge patch must be a JSON object", null);
      }
      JsonNode patched = merge(mapper.valueToTree(current), patch);
      T result = mapper.treeToValue(patched, type);
      var violations = validator.validate(result);
      if (!violations.isEmpty()) {
        throw new ConstraintViolationException(violations);
      }
      return result;
    } catch (JsonProcessingException e) {
      // Jackson's own exceptions reach the ProblemMapper with their field paths
      throw new UncheckedJson(e);
    }
  }

  /** RFC 7396 section 2: objects merge member by member, null removes, anything else replaces. */
  static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result =
        target != null && target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : ((ObjectNode) patch).objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      if (member.getValue().isNull()) {
        result.remove(member.getKey());
      } else {
        result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
      }
    }
    return result;
  }

  /** Carries a Jackson failure out of the patch unchanged, for the mapper to describe. */
  public static final class UncheckedJson extends RuntimeException {
    public UncheckedJson(JsonProcessingException cause) {
      super(cause.getMessage(), cause, false, false);
    }

    @Override
    public synchronized JsonProcessingException getCause() {
      return (JsonProcessingException) super.getCause();
    }
  }
}
