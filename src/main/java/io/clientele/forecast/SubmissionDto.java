package io.clientele.forecast;

import io.clientele.common.Money;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SubmissionDto",
    description = "A staff member's forecast call, with the forecast as it stood when they made it")
public record SubmissionDto(
    UUID id,
    UUID staffId,
    @Schema(example = "2026-Q4") String period,
    Money commit,
    Money bestCase,
    @Schema(nullable = true) String note,
    Instant submittedAt,
    @Schema(
            description =
                "The forecast total of the staff member (their team's, if they lead one) at submission")
        ForecastDocument.Row computed) {}
