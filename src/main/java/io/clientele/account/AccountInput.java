package io.clientele.account;

import io.clientele.common.ExternalId;
import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields a caller may set on an account: the body of POST, and the shape a PATCH is merged
 * into. Id, version and stamps are not here, so sending them is refused as unknown properties.
 */
@Schema(name = "AccountInput")
public record AccountInput(
    @Schema(example = "Northwind Holdings") @NotBlank @Size(max = 200) String name,
    @Schema(nullable = true, example = "retail") @Size(max = 100) String industry,
    @Schema(description = "Defaults to C", nullable = true, example = "A") Tier tier,
    @Schema(description = "Defaults to prospect", nullable = true, example = "active")
        AccountStatus status,
    @Schema(nullable = true, example = "EMEA") @Size(max = 100) String region,
    @Schema(
            description =
                """
                The owning account manager; defaults to the caller. Managers may only name \
                themselves, directors anyone in their team.""",
            nullable = true)
        UUID ownerId,
    @Schema(description = "Holding company of this account; cycles are refused", nullable = true)
        UUID parentId,
    @Schema(nullable = true) @Valid Money annualRevenueTarget,
    @Schema(
            description =
                """
                Latest CSAT/NPS, 0.0-10.0. Read-only once the account has a client review \
                (satisfactionFromReviews): it is then the score of the latest one, and a PATCH \
                that changes it is refused (422 naming satisfaction); a sync record may resend \
                that score or leave it out.""",
            nullable = true,
            example = "8.5")
        @DecimalMin("0.0")
        @DecimalMax("10.0")
        @Digits(integer = 2, fraction = 1)
        BigDecimal satisfaction,
    @Schema(nullable = true, example = "2027-03-31") LocalDate renewalDate,
    @Schema(description = "Ids in other systems, at most one per source", nullable = true)
        @Size(max = 20)
        List<@Valid @NotNull ExternalId> externalIds) {

  public static AccountInput from(Account account) {
    return new AccountInput(
        account.name,
        account.industry,
        account.tier,
        account.status,
        account.region,
        account.ownerId,
        account.parentId,
        account.annualRevenueTarget(),
        account.satisfaction,
        account.renewalDate,
        List.copyOf(account.externalIds));
  }

  /**
   * This input as the account it makes: defaults applied, the name trimmed, satisfaction at its
   * column's scale, with this owner and these external ids; two inputs that make the same account
   * are equal.
   */
  public AccountInput normalized(UUID owner, List<ExternalId> ids) {
    return new AccountInput(
        name.trim(),
        industry,
        tierOrDefault(),
        statusOrDefault(),
        region,
        owner,
        parentId,
        annualRevenueTarget,
        satisfaction == null ? null : satisfaction.setScale(1, java.math.RoundingMode.UNNECESSARY),
        renewalDate,
        List.copyOf(ids));
  }

  /** This input with another satisfaction. */
  AccountInput withSatisfaction(BigDecimal satisfaction) {
    return new AccountInput(
        name,
        industry,
        tier,
        status,
        region,
        ownerId,
        parentId,
        annualRevenueTarget,
        satisfaction,
        renewalDate,
        externalIds);
  }

  Tier tierOrDefault() {
    return tier == null ? Tier.C : tier;
  }

  AccountStatus statusOrDefault() {
    return status == null ? AccountStatus.prospect : status;
  }

  public List<ExternalId> externalIdsOrEmpty() {
    return externalIds == null ? List.of() : externalIds;
  }
}
