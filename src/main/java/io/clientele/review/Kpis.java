package io.clientele.review;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reviewee's KPIs for the cycle's period, over their own deals and accounts, in the reporting
 * currency (each amount at the rate of its month, as in a forecast). Live while the review is a
 * draft, frozen into it when it is submitted.
 */
@Schema(
    name = "ReviewKpis",
    description =
        """
        Over the reviewee's own deals (owner) and accounts for the cycle's period. Money fields \
        are exact decimal strings in `currency`, rounded half-even to its decimals; ratios are \
        numbers rounded half-even to 4 places; null where a divisor is zero or there is no data.""",
    example =
        """
        {"cycle": "2026-H2", "currency": "USD", "frozen": false, "computedAt": "2026-11-25T12:00:00Z",
         "quota": "400000.00", "closedWon": "160000.00", "quotaAttainment": 0.4, "wonCount": 2,
         "lostCount": 1, "winRate": 0.6667, "averageDealSize": "80000.00", "pipelineCreated": "280000.00",
         "accountsRetained": 11, "accountsChurned": 1, "averageSatisfaction": 8.1,
         "lastSubmittedCommit": "170000.00", "forecastAccuracy": 0.9375}
        """)
public record Kpis(
    @Schema(example = "2026-H2") String cycle,
    @Schema(description = "The reporting currency of every money field", example = "USD")
        String currency,
    @Schema(
            description =
                """
                true once the review is submitted: the figures as they were at submission, which \
                later changes to deals do not move""")
        boolean frozen,
    @Schema(description = "When the figures were computed (the submission, once frozen)")
        Instant computedAt,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            nullable = true,
            description =
                """
                The reviewee's quota for the cycle: the cycle's own quota, else (a year) the sum \
                of its halves' or (a half) of its quarters', as in a forecast; each at its first \
                month's rate. Null when none is set.""",
            example = "400000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal quota,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            description =
                """
                Σ amount of the reviewee's won deals (category closed) whose close date is in the \
                cycle, each at its close month's rate""",
            example = "160000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal closedWon,
    @Schema(
            description = "closedWon / quota; null without a quota (or a zero one)",
            nullable = true,
            example = "0.4")
        BigDecimal quotaAttainment,
    @Schema(description = "Won deals closed in the cycle", example = "2") long wonCount,
    @Schema(description = "Lost deals (a closed, not won stage) closed in the cycle", example = "1")
        long lostCount,
    @Schema(
            description = "wonCount / (wonCount + lostCount); null when none closed",
            nullable = true,
            example = "0.6667")
        BigDecimal winRate,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            nullable = true,
            description = "closedWon / wonCount; null when nothing was won",
            example = "80000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal averageDealSize,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            description =
                """
                Σ amount of the reviewee's deals created in the cycle (any stage, deleted ones \
                excluded), each at its creation month's rate""",
            example = "280000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal pipelineCreated,
    @Schema(
            description =
                """
                Accounts the reviewee owns that existed at the cycle's end and are not churned \
                (ownership and status as they are now; no account history is kept)""",
            example = "11")
        long accountsRetained,
    @Schema(
            description = "Those accounts (as for accountsRetained) whose status is churned",
            example = "1")
        long accountsChurned,
    @Schema(
            description =
                """
                Mean score (0-10) of the client reviews dated in the cycle's period of those \
                accounts (retained and churned), each review counting once (deleted ones \
                excluded), rounded half-even to 2 places; null when there is none""",
            nullable = true,
            example = "8.1")
        BigDecimal averageSatisfaction,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            nullable = true,
            description =
                """
                The commit of the reviewee's last forecast submission for the cycle's period (as \
                submitted, before any adjustment); null when they made none""",
            example = "170000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal lastSubmittedCommit,
    @Schema(
            description =
                """
                max(0, 1 - |lastSubmittedCommit - closedWon| / closedWon); null without a \
                submission or when closedWon is zero""",
            nullable = true,
            example = "0.9375")
        BigDecimal forecastAccuracy) {

  Kpis asFrozen() {
    return new Kpis(
        cycle,
        currency,
        true,
        computedAt,
        quota,
        closedWon,
        quotaAttainment,
        wonCount,
        lostCount,
        winRate,
        averageDealSize,
        pipelineCreated,
        accountsRetained,
        accountsChurned,
        averageSatisfaction,
        lastSubmittedCommit,
        forecastAccuracy);
  }
}
