package io.clientele.forecast;

import io.clientele.common.Money;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AdjustmentDto", description = "A director's override of a report's call")
public record AdjustmentDto(
    UUID id,
    @Schema(description = "The call it overrides") UUID submissionId,
    UUID staffId,
    @Schema(example = "2026-Q4") String period,
    Money commit,
    Money bestCase,
    String reason,
    @Schema(description = "The director who made it") UUID adjustedBy,
    Instant adjustedAt) {}
