package io.clientele.review;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcknowledgementInput", description = "The reviewee's answer to a submitted review")
public record AcknowledgementInput(
    @Schema(nullable = true, example = "Agreed; I want to own the EMEA renewals next half")
        @Size(max = 10000)
        String comment) {}
