package io.clientele.account;

import io.clientele.common.ExternalId;
import io.clientele.common.Money;
import io.clientele.web.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountDto", description = "A client account")
public record AccountDto(
    @Schema(example = "6f1c2a9e-7d4b-4c1e-9f3a-2b8d5e6f7a10") UUID id,
    @Schema(example = "Northwind Holdings") String name,
    @Schema(nullable = true, example = "retail") String industry,
    @Schema(example = "A") Tier tier,
    @Schema(example = "active") AccountStatus status,
    @Schema(nullable = true, example = "EMEA") String region,
    @Schema(description = "The owning account manager") UUID ownerId,
    @Schema(description = "Holding company", nullable = true) UUID parentId,
    @Schema(nullable = true) Money annualRevenueTarget,
    @Schema(
            description =
                """
                Latest CSAT/NPS, 0.0-10.0: the score of the latest client review (by date, then \
                by creation) while the account has one, and then read-only (see \
                satisfactionFromReviews); else the value set on the account.""",
            nullable = true,
            example = "8.5")
        BigDecimal satisfaction,
    @Schema(
            description =
                """
                true while the account has a client review: satisfaction is then derived from \
                the reviews, and a write that changes it is refused (422 naming satisfaction)""",
            example = "false")
        boolean satisfactionFromReviews,
    @Schema(nullable = true, example = "2027-03-31") LocalDate renewalDate,
    List<ExternalId> externalIds,
    @Schema(description = "Optimistic-concurrency version, also the ETag", example = "3")
        long version,
    @Schema(example = "2026-11-02T09:14:03Z") Instant createdAt,
    @Schema(example = "2026-11-20T16:40:11Z") Instant updatedAt,
    @Schema(
            description =
                """
                Read-only: the latest `at` of the account's meetings, calls and emails (its \
                activities), past or booked ahead; notes do not count. Null when it has none. Kept \
                by the server whoever writes the activities; when it moves, the account's version \
                (and ETag) moves too.""",
            nullable = true,
            example = "2026-11-18T15:30:00Z")
        Instant lastContactAt)
    implements Versioned {

  public static AccountDto from(Account account) {
    return new AccountDto(
        account.id,
        account.name,
        account.industry,
        account.tier,
        account.status,
        account.region,
        account.ownerId,
        account.parentId,
        account.annualRevenueTarget(),
        account.satisfaction,
        account.satisfactionFromReviews,
        account.renewalDate,
        List.copyOf(account.externalIds),
        account.version,
        account.createdAt,
        account.updatedAt,
        account.lastContactAt);
  }
}
