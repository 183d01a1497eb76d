package io.clientele.forecast;

import io.clientele.common.Money;
import io.clientele.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "QuotaDto",
    description = "A staff member's quota for a fiscal quarter, half or year")
public record QuotaDto(
    UUID id,
    UUID staffId,
    @Schema(example = "2026-Q4") String period,
    @Schema(example = "2026-10-01") LocalDate start,
    @Schema(example = "2026-12-31") LocalDate end,
    Money amount,
    @Schema(example = "0") long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {

  static QuotaDto from(Quota quota) {
    return new QuotaDto(
        quota.id,
        quota.staffId,
        quota.period,
        quota.periodStart,
        quota.periodEnd,
        quota.money(),
        quota.version,
        quota.createdAt,
        quota.updatedAt);
  }
}
