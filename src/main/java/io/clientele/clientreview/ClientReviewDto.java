package io.clientele.clientreview;

import io.clientele.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ClientReview",
    description =
        """
        A client review (QBR) of an account: who sees the account sees its reviews. The \
        account's satisfaction is the score of its latest review (by date, then by creation).""")
public record ClientReviewDto(
    @Schema(example = "c1e2a3b4-5d6e-4f70-8a9b-0c1d2e3f4a5b") UUID id,
    UUID accountId,
    @Schema(description = "When the review was held", example = "2026-12-10") LocalDate date,
    @Schema(description = "The fiscal period it covers", example = "2026-Q4") String period,
    @Schema(description = "First day of the period", example = "2026-10-01") LocalDate periodStart,
    @Schema(description = "Last day of the period", example = "2026-12-31") LocalDate periodEnd,
    @Schema(description = "The client's satisfaction, 0 to 10", example = "8") int satisfaction,
    ClientReviewAttendees attendees,
    @Schema(nullable = true, example = "Happy with delivery; wants more on EMEA media")
        String notes,
    @Schema(description = "In the order given") List<ClientReviewAction> actions,
    @Schema(example = "1") long version,
    @Schema(example = "2026-12-10T16:02:11Z") Instant createdAt,
    @Schema(example = "2026-12-11T09:30:00Z") Instant updatedAt)
    implements Versioned {

  static ClientReviewDto from(ClientReview review, ClientReviewParts parts) {
    return new ClientReviewDto(
        review.id,
        review.accountId,
        review.date,
        review.period,
        review.periodStart,
        review.periodEnd,
        review.satisfaction,
        parts.attendees(),
        review.notes,
        parts.actions(),
        review.version,
        review.createdAt,
        review.updatedAt);
  }
}
