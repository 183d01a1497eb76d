package io.clientele.pnl;

import io.clientele.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevenueEntry", description = "A posted revenue entry; never changed once posted")
public record RevenueEntryDto(
    UUID id,
    UUID accountId,
    @Schema(example = "2026-01-15") LocalDate date,
    @Schema(description = "Negative for a reversing entry") Money amount,
    @Schema(nullable = true, example = "January retainer") String description,
    @Schema(nullable = true, example = "INV-2026-0012") String reference,
    @Schema(description = "The entry this one reverses", nullable = true) UUID reversesId,
    @Schema(description = "The entry that reverses this one", nullable = true) UUID reversedById,
    @Schema(description = "Who posted it", nullable = true) UUID postedBy,
    Instant createdAt) {

  static RevenueEntryDto from(PnlEntry entry, UUID reversedById) {
    return new RevenueEntryDto(
        entry.id,
        entry.accountId,
        entry.date,
        entry.money(),
        entry.description,
        entry.reference,
        entry.reversesId,
        reversedById,
        entry.postedBy,
        entry.createdAt);
  }
}
