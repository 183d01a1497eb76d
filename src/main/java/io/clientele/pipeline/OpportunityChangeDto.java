package io.clientele.pipeline;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpportunityChangeDto", description = "One change of one tracked field")
public record OpportunityChangeDto(
    UUID id,
    @Schema(example = "2026-11-20T16:40:11Z") Instant at,
    @Schema(description = "The staff member who made it", nullable = true) UUID by,
    @Schema(
            description =
                "stage, amount, currency, closeDate, probability, forecastCategory or ownerId",
            example = "stage")
        String field,
    @Schema(
            description = "Value before, as text; null when the deal was created",
            nullable = true,
            example = "proposal")
        String from,
    @Schema(description = "Value after, as text", nullable = true, example = "negotiation")
        String to) {

  static OpportunityChangeDto from(OpportunityChange change) {
    return new OpportunityChangeDto(
        change.id,
        change.changedAt,
        change.changedBy,
        change.field,
        change.fromValue,
        change.toValue);
  }
}
