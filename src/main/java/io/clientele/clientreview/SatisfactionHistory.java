package io.clientele.clientreview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SatisfactionHistory",
    description =
        "An account's satisfaction as its client reviews scored it, oldest first, and where it"
            + " stands now")
public record SatisfactionHistory(
    UUID accountId,
    @Schema(
            description =
                """
                The account's satisfaction now: the score of its latest client review when it has \
                one (fromReviews), else the value set on the account, if any""",
            nullable = true,
            example = "8")
        BigDecimal current,
    @Schema(description = "Whether current is the latest client review's score", example = "true")
        boolean fromReviews,
    @Schema(
            description = "The first review date asked for",
            nullable = true,
            example = "2026-01-01")
        LocalDate from,
    @Schema(description = "The last review date asked for", nullable = true, example = "2026-12-31")
        LocalDate to,
    @Schema(
            description =
                "Every live client review dated from `from` to `to` (both included), oldest first"
                    + " (by date, then by creation)")
        List<Point> history) {

  @Schema(name = "SatisfactionPoint", description = "One client review's score")
  public record Point(
      @Schema(description = "When the review was held", example = "2026-12-10") LocalDate date,
      @Schema(description = "The fiscal period it covered", example = "2026-Q4") String period,
      @Schema(description = "0 to 10", example = "8") int satisfaction,
      @Schema(description = "The client review, at /client-reviews/{id}") UUID clientReviewId) {}
}
