package io.clientele.issue;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "IssueReopening",
    description = "Why a resolved issue is reopened; the body may be omitted")
public record ReopenInput(
    @Schema(nullable = true, example = "The fix did not hold: the February visuals are late too")
        @Size(max = 2000)
        String reason) {}
