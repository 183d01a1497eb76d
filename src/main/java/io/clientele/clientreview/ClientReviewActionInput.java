package io.clientele.clientreview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClientReviewActionInput", description = "An action agreed at a client review")
public record ClientReviewActionInput(
    @Schema(
            description =
                "Keeps the identity of one of this review's actions (in a PATCH); a new action has"
                    + " none",
            nullable = true)
        UUID id,
    @Schema(example = "Send the media plan") @NotBlank @Size(max = 2000) String description,
    @Schema(description = "The staff member who owns the action") @NotNull UUID ownerId,
    @Schema(nullable = true, example = "2026-12-20") LocalDate dueDate,
    @Schema(description = "false when not given", nullable = true, example = "false")
        Boolean done) {

  /** An absent `done` is false, so that two inputs that make the same action are equal. */
  public ClientReviewActionInput {
    done = done != null && done;
  }
}
