package io.clientele.issue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssueResolution", description = "How the issue was resolved")
public record ResolutionInput(
    @Schema(example = "Creative re-delivered; a weekly check-in agreed with the client")
        @NotBlank
        @Size(max = 10000)
        String resolution) {}
