package io.clientele.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeamMemberInput")
public record TeamMemberInput(
    @Schema(description = "Their role on this account, free text", example = "strategist")
        @NotBlank
        @Size(max = 100)
        String role) {}
