package io.clientele.clientreview;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClientReviewAction", description = "An action agreed at a client review")
public record ClientReviewAction(
    @Schema(description = "Kept while the review keeps the action (send it back in a PATCH)")
        UUID id,
    @Schema(example = "Send the media plan") String description,
    @Schema(description = "The staff member who owns the action") UUID ownerId,
    @Schema(nullable = true, example = "2026-12-20") LocalDate dueDate,
    @Schema(example = "false") boolean done) {

  ClientReviewActionInput asInput() {
    return new ClientReviewActionInput(id, description, ownerId, dueDate, done);
  }
}
