package io.clientele.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewGoal", description = "A goal of the cycle with its target and outcome")
public record Goal(
    @Schema(example = "Grow Northwind by 20 %") @NotBlank @Size(max = 500) String description,
    @Schema(nullable = true, example = "+20 % revenue") @Size(max = 200) String target,
    @Schema(nullable = true, example = "+23 % revenue") @Size(max = 200) String actual,
    @Schema(description = "open when not given", example = "met") GoalStatus status) {

  Goal withDefaults() {
    return status == null ? new Goal(description, target, actual, GoalStatus.open) : this;
  }
}
