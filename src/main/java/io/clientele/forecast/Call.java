package io.clientele.forecast;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The latest call of a row's staff member for the period, raw and as their director adjusted it.
 */
@Schema(name = "ForecastCall")
public record Call(
    UUID submissionId,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            description = "Commit as submitted",
            example = "250000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal commit,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            description = "Best case as submitted",
            example = "330000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal bestCase,
    Instant submittedAt,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            description = "The director's adjusted commit, or the submitted one when not adjusted",
            example = "220000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal adjustedCommit,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            description =
                "The director's adjusted best case, or the submitted one when not adjusted",
            example = "300000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal adjustedBestCase,
    @Schema(description = "When it was adjusted; null when it was not", nullable = true)
        Instant adjustedAt) {}
