package io.clientele.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.common.ExternalId;
import io.clientele.web.Created;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * One record upserted by its external id (the PUT by external id), as a batch of one: 201 with the
 * record when it was created, 200 when updated or unchanged; a failure is the request's problem.
 */
@ApplicationScoped
public class UpsertByExternalId {
  private final BatchUpsert batches;
  private final ObjectMapper mapper;

  public UpsertByExternalId(BatchUpsert batches, ObjectMapper mapper) {
    this.batches = batches;
    this.mapper = mapper;
  }

  /**
   * `input` is the record's JSON, or the input a resource read and validated; `read` answers the
   * record as GET shows it, once written.
   */
  public <D> RestResponse<D> put(
      ChangeType type,
      String source,
      String externalId,
      Object input,
      UriInfo uri,
      Function<UUID, D> read) {
    ExternalId.checkSourceParameter("source", source);
    JsonNode body = input instanceof JsonNode json ? json : mapper.valueToTree(input);
    if (body == null || !body.isObject()) {
      throw ProblemException.invalidField("body", "a JSON object is required");
    }
    ObjectNode record = ((ObjectNode) body).deepCopy();
    record.put("externalId", externalId);
    RecordResult result = batches.upsert(type, source, List.of(record), false).results().get(0);
    if (result.failed()) {
      throw ProblemException.of(result.problem());
    }
    D written = read.apply(result.id());
    return result.result().equals("created")
        ? Created.at(uri, written, type.name(), result.id().toString())
        : RestResponse.ok(written);
  }
}
