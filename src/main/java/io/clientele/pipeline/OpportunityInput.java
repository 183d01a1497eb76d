package io.clientele.pipeline;

import io.clientele.common.ExternalId;
import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields a caller may set on an opportunity (POST body, and the shape a PATCH merges into).
 * `closedDate`, id, version and stamps are the server's.
 */
@Schema(name = "OpportunityInput")
public record OpportunityInput(
    @Schema(description = "An account the caller may see") @NotNull UUID accountId,
    @Schema(
            description =
                "Defaults to the caller. Managers may only name themselves, directors anyone in their team.",
            nullable = true)
        UUID ownerId,
    @Schema(example = "Q1 media renewal") @NotBlank @Size(max = 200) String name,
    @Schema(description = "Defaults to new_business", nullable = true, example = "renewal")
        OpportunityType type,
    @Schema(nullable = true, example = "referral") LeadSource source,
    @Schema(description = "A stage key (see /pipeline/stages)", example = "negotiation") @NotBlank
        String stage,
    @Schema(description = "Amount >= 0 in an ISO 4217 currency") @NotNull @Valid Money amount,
    @Schema(
            description =
                """
                0-100; defaults from the stage, and resets to the new stage's default when the \
                stage changes unless given. Won: 100, lost: 0.""",
            nullable = true,
            example = "75")
        @Min(0)
        @Max(100)
        Integer probability,
    @Schema(
            description =
                """
                Defaults from the stage like probability; `closed` belongs to won deals only. Won: \
                closed, lost: omitted.""",
            nullable = true,
            example = "commit")
        ForecastCategory forecastCategory,
    @Schema(
            description =
                "Expected close date; required while open. Closing a deal sets it to the closing day unless given.",
            nullable = true,
            example = "2026-12-15")
        LocalDate closeDate,
    @Schema(nullable = true, example = "Send revised proposal") @Size(max = 1000) String nextStep,
    @Schema(
            description = "Required in a lost stage, refused elsewhere",
            nullable = true,
            example = "Budget cut")
        @Size(max = 1000)
        String lostReason,
    @Schema(description = "Ids in other systems, at most one per source", nullable = true)
        @Size(max = 20)
        List<@Valid @NotNull ExternalId> externalIds) {

  public static OpportunityInput from(Opportunity o) {
    return new OpportunityInput(
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
        o.nextStep,
        o.lostReason,
        List.copyOf(o.externalIds));
  }

  /** The same input with other external ids. */
  public OpportunityInput withExternalIds(List<ExternalId> ids) {
    return new OpportunityInput(
        accountId,
        ownerId,
        name,
        type,
        source,
        stage,
        amount,
        probability,
        forecastCategory,
        closeDate,
        nextStep,
        lostReason,
        List.copyOf(ids));
  }

  public List<ExternalId> externalIdsOrEmpty() {
    return externalIds == null ? List.of() : externalIds;
  }
}
