package io.clientele.review;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReviewCycle",
    description = "What opening a cycle did: the drafts it made and the reviews that existed")
public record CycleDto(
    @Schema(example = "2026-H2") String cycle,
    @Schema(description = "Ids of the draft reviews made now, by reviewee name") List<UUID> created,
    @Schema(
            description =
                "Ids of the reviews the caller's direct reports already had for the cycle, left as they were")
        List<UUID> existing) {

  static CycleDto from(ReviewWorkflow.Opened opened) {
    return new CycleDto(opened.cycle(), opened.created(), opened.existing());
  }
}
