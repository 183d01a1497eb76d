package io.clientele.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.web.JsonConfig;
import io.clientele.web.ProblemException;
import io.clientele.web.ProblemMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a batch's records one by one: a record that fails (not an object, no externalId, one
 * repeated in the batch, unreadable or invalid fields) gets its error result, and does not spoil
 * the others.
 */
@ApplicationScoped
public class BatchReader {
  private final ObjectMapper mapper;
  private final Validator validator;

  public BatchReader(ObjectMapper mapper, Validator validator) {
    this.mapper = mapper;
    this.validator = validator;
  }

  /** The records that read well, by index, with their external ids. */
  record Read<I>(Map<Integer, I> inputs, Map<Integer, String> externalIds) {}

  <I> Read<I> read(List<JsonNode> records, BatchPlanner<I, ?> planner, RecordResult[] results) {
    Map<Integer, I> inputs = new LinkedHashMap<>();
    Map<Integer, String> externalIds = new HashMap<>();
    Map<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      JsonNode record = records.get(i);
      JsonNode id = record.get("externalId");
      String externalId = id != null && id.isTextual() ? id.asText() : null;
      try {
        checkExternalId(record, externalId);
        Integer earlier = indexOf.putIfAbsent(externalId, i);
        if (earlier != null) {
          throw ProblemException.invalidField(
              "externalId", "repeats record " + earlier + " of this batch");
        }
        ObjectNode fields = ((ObjectNode) record).deepCopy();
        fields.remove("externalId");
        inputs.put(i, planner.read(fields, this));
        externalIds.put(i, externalId);
      } catch (RuntimeException | JsonProcessingException e) {
        results[i] = RecordResult.error(i, externalId, ProblemMapper.describe(e));
      }
    }
    return new Read<>(inputs, externalIds);
  }

  private static void checkExternalId(JsonNode record, String externalId) {
    if (!record.isObject()) {
      throw ProblemException.invalidField("body", "a record is a JSON object");
    }
    if (externalId == null || externalId.isBlank()) {
      throw ProblemException.invalidField(
          "externalId", "is required: the record's id in the source");
    }
    if (externalId.length() > 200) {
      throw ProblemException.invalidField("externalId", "at most 200 characters");
    }
    if (JsonConfig.hasNul(externalId)) {
      throw ProblemException.invalidField("externalId", JsonConfig.NUL_RULE);
    }
  }

  /** Reads fields into a resource's input type and validates them as a POST body would be. */
  public <I> I fields(ObjectNode fields, Class<I> type) throws JsonProcessingException {
    I input = mapper.treeToValue(fields, type);
    var violations = validator.validate(input);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return input;
  }
}
