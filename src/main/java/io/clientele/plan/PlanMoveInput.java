package io.clientele.plan;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanMoveInput", description = "An optional note kept with the move")
public record PlanMoveInput(
    @Schema(nullable = true, example = "Agreed with the client at the kick-off") @Size(max = 2000)
        String note) {}
