package io.clientele.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanObjective", description = "What the plan sets out to achieve, and who owns it")
public record Objective(
    @Schema(example = "Win the EMEA media brief") @NotBlank @Size(max = 300) String title,
    @Schema(nullable = true, example = "Pitch with the London team in Q1") @Size(max = 10000)
        String description,
    @Schema(
            description =
                """
                An active staff member the caller may see, or one on the account (its owner or \
                account team)""",
            nullable = true)
        UUID ownerId,
    @Schema(nullable = true, example = "2027-06-30") LocalDate dueDate,
    @Schema(description = "not_started when not given", example = "on_track")
        ObjectiveStatus status) {

  Objective withDefaults() {
    return status == null
        ? new Objective(title, description, ownerId, dueDate, ObjectiveStatus.not_started)
        : this;
  }
}
