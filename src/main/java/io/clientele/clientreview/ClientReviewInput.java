package io.clientele.clientreview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields a caller may set on a client review: the body of POST, and the shape a PATCH is merged
 * into (a PATCH's arrays replace the review's, as merge patch does).
 */
@Schema(
    name = "ClientReviewInput",
    description =
        """
        A client review (QBR). The account's satisfaction becomes the score of its latest review \
        (by date, then by creation). Nothing is written unless every field is right: a contact \
        of another account, an unknown staff member or a bad action fails the whole review.""",
    example =
        """
        {"date": "2026-12-10", "period": "2026-Q4", "satisfaction": 8,
         "attendees": {"contactIds": ["a3c1e2f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b"],
                       "staffIds": ["00000000-0000-4000-8000-000000000004"]},
         "notes": "Happy with delivery; wants more on EMEA media",
         "actions": [{"description": "Send the media plan",
                      "ownerId": "00000000-0000-4000-8000-000000000004",
                      "dueDate": "2026-12-20", "done": false}]}
        """)
public record ClientReviewInput(
    @Schema(description = "When the review was held", example = "2026-12-10") @NotNull
        LocalDate date,
    @Schema(description = "The fiscal period it covers", example = "2026-Q4") @NotBlank
        String period,
    @Schema(description = "The client's satisfaction, 0 to 10", example = "8")
        @NotNull
        @Min(0)
        @Max(10)
        Integer satisfaction,
    @Schema(nullable = true) @Valid ClientReviewAttendees attendees,
    @Schema(nullable = true, example = "Happy with delivery; wants more on EMEA media")
        @Size(max = 20000)
        String notes,
    @Schema(description = "In the order given; at most 100", nullable = true) @Size(max = 100)
        List<@Valid @NotNull ClientReviewActionInput> actions) {

  /** Absent attendees and actions are none, so that two inputs that make the same review equal. */
  public ClientReviewInput {
    attendees = attendees == null ? ClientReviewAttendees.NONE : attendees;
    actions = actions == null ? List.of() : actions;
  }
}
