package io.clientele.plan;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PlanKpi",
    description =
        """
        A KPI with its actual and progress. Money is in the plan's `currency`, the reporting \
        currency. A revenue KPI's actual is the account's P&L revenue of the fiscal year from its \
        first month to the current one (what GET /accounts/{id}/pnl shows for those months); a \
        won KPI's is the amount of the account's deals in a won stage whose close date falls in \
        the fiscal year, each at its close month's rate (as the pipeline summary's wonAmount). \
        Both are computed on every read, and frozen into the plan when it closes. A manual KPI's \
        actual is the one entered.""")
public record Kpi(
    @Schema(example = "Revenue") String name,
    @Schema(example = "revenue") KpiKind kind,
    @Schema(example = "money") KpiUnit unit,
    @Schema(type = SchemaType.STRING, format = "decimal", example = "3000000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal target,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            description =
                """
                Null for a manual KPI without one, and for a computed one while an exchange rate \
                it needs is missing (see missingRates)""",
            nullable = true,
            example = "1260000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal actual,
    @Schema(example = "higher") KpiDirection direction,
    @Schema(
            description =
                """
                How far the KPI is towards its target, 1 being on target: actual / target when \
                higher is better; (2 × target − actual) / target, at least 0, when lower is \
                better (8 days against a target of 10 is 1.2, 25 is 0). Not capped above; \
                rounded half-even to 4 places; null when the target is 0 or there is no \
                actual.""",
            nullable = true,
            example = "0.42")
        BigDecimal progress,
    @Schema(
            description =
                """
                For a computed KPI: the currency and month of each exchange rate it needs and \
                lacks ("EUR 2027-03"); its actual is then null, never a partial sum. Add them at \
                /api/v1/exchange-rates. Empty otherwise.""")
        List<String> missingRates) {}
