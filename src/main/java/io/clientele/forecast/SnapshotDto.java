package io.clientele.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SnapshotDto",
    description = "A staff member's forecast (their team's, if they lead one) as it stood on a day")
public record SnapshotDto(
    UUID staffId,
    @Schema(example = "2026-Q4") String period,
    @Schema(example = "2026-11-23") LocalDate takenOn,
    Instant takenAt,
    @Schema(description = "The forecast total of that day") ForecastDocument.Row figures) {}
