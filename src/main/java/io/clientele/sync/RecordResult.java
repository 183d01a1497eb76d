package io.clientele.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.clientele.web.Problem;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SyncRecordResult",
    description = "What became of one record of a batch",
    example =
        """
        {"index": 0, "externalId": "001A000001", "result": "updated",
         "id": "6f1c2a9e-7d4b-4c1e-9f3a-2b8d5e6f7a10", "version": 4}
        """)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordResult(
    @Schema(description = "The record's position in the batch, from 0", example = "0") int index,
    @Schema(nullable = true, example = "001A000001") String externalId,
    @Schema(
            description =
                "created, updated, unchanged (nothing differed: no new version, no change in the feed) or error",
            enumeration = {"created", "updated", "unchanged", "error"},
            example = "updated")
        String result,
    @Schema(description = "The record's id here (not for errors)") UUID id,
    @Schema(description = "Its version now (not for errors)", example = "4") Long version,
    @Schema(
            description =
                "Why the record failed (errors only): the problem a request of this record alone would answer")
        Problem problem) {

  static RecordResult error(int index, String externalId, Problem problem) {
    return new RecordResult(index, externalId, "error", null, null, problem);
  }

  boolean failed() {
    return problem != null;
  }
}
