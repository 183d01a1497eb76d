package io.clientele.issue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssueEscalation", description = "Why the issue is escalated")
public record EscalationInput(
    @Schema(example = "Client threatens to pull the Q2 brief") @NotBlank @Size(max = 2000)
        String reason) {}
