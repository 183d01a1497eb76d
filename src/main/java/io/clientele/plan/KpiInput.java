package io.clientele.plan;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.clientele.common.Money;
import io.clientele.web.DecimalText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI as a caller writes it; also how a plan keeps it (see {@link Kpi} for how it reads). */
@Schema(
    name = "PlanKpiInput",
    description =
        """
        A KPI of the plan. revenue and won KPIs are money and compute their actual (sending one \
        is a 422); manual KPIs take the actual entered. Target and actual are decimal strings of \
        the KPI's unit, never JSON numbers, at least 0: money in the reporting currency with at \
        most its decimals, numbers and percentage points with at most 4 decimals ("12.5" for \
        12.5 %, not "12.5%").""")
public record KpiInput(
    @Schema(example = "Campaigns launched") @NotBlank @Size(max = 200) String name,
    @Schema(description = "manual when not given", example = "manual") KpiKind kind,
    @Schema(description = "money for revenue and won KPIs", example = "number") @NotNull
        KpiUnit unit,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            pattern = Money.AMOUNT_PATTERN,
            example = "12")
        @JsonDeserialize(using = DecimalText.class)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @NotNull
        BigDecimal target,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            pattern = Money.AMOUNT_PATTERN,
            description = "Manual KPIs only: the figure so far",
            nullable = true,
            example = "5")
        @JsonDeserialize(using = DecimalText.class)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal actual,
    @Schema(description = "higher when not given", example = "higher") KpiDirection direction) {

  KpiInput withDefaults() {
    return new KpiInput(
        name,
        kind == null ? KpiKind.manual : kind,
        unit,
        target,
        actual,
        direction == null ? KpiDirection.higher : direction);
  }
}
