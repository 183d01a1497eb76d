package io.clientele.pnl;

import io.clientele.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostEntry", description = "A posted cost entry; never changed once posted")
public record CostEntryDto(
    UUID id,
    UUID accountId,
    @Schema(example = "2026-01-31") LocalDate date,
    CostCategory category,
    @Schema(description = "Negative for a reversing entry") Money amount,
    @Schema(nullable = true, example = "Q1 media buy") String description,
    @Schema(nullable = true, example = "PO-7781") String reference,
    @Schema(description = "The entry this one reverses", nullable = true) UUID reversesId,
    @Schema(description = "The entry that reverses this one", nullable = true) UUID reversedById,
    @Schema(description = "Who posted it", nullable = true) UUID postedBy,
    Instant createdAt) {

  static CostEntryDto from(PnlEntry entry, UUID reversedById) {
    return new CostEntryDto(
        entry.id,
        entry.accountId,
        entry.date,
        CostCategory.valueOf(entry.category),
        entry.money(),
        entry.description,
        entry.reference,
        entry.reversesId,
        reversedById,
        entry.postedBy,
        entry.createdAt);
  }
}
