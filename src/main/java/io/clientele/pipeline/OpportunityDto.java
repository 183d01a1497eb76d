package io.clientele.pipeline;

import io.clientele.common.ExternalId;
import io.clientele.common.Money;
import io.clientele.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpportunityDto", description = "A pipeline opportunity (deal)")
public record OpportunityDto(
    UUID id,
    UUID accountId,
    UUID ownerId,
    @Schema(example = "Q1 media renewal") String name,
    @Schema(example = "renewal") OpportunityType type,
    @Schema(nullable = true, example = "referral") LeadSource source,
    @Schema(description = "Stage key", example = "negotiation") String stage,
    Money amount,
    @Schema(example = "75") int probability,
    @Schema(example = "commit") ForecastCategory forecastCategory,
    @Schema(example = "2026-12-15") LocalDate closeDate,
    @Schema(description = "When it was won or lost; null while open", nullable = true)
        LocalDate closedDate,
    @Schema(nullable = true, example = "Send revised proposal") String nextStep,
    @Schema(nullable = true) String lostReason,
    List<ExternalId> externalIds,
    @Schema(example = "7") long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {

  public static OpportunityDto from(Opportunity o) {
    return new OpportunityDto(
        o.id,
        o.accountId,
        o.ownerId,
        o.name,
        o.type,
        o.source,
        o.stage,
        o.money(),
        o.probability,
        o.forecastCategory,
        o.closeDate,
        o.closedDate,
        o.nextStep,
        o.lostReason,
        List.copyOf(o.externalIds),
        o.version,
        o.createdAt,
        o.updatedAt);
  }
}
