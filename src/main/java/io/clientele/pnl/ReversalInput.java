package io.clientele.pnl;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReversalInput",
    description = "Optional details of a reversing entry; the body may be omitted")
public record ReversalInput(
    @Schema(
            description =
                "The day of the reversal; defaults to the reversed entry's date, which corrects that month",
            example = "2026-02-03")
        LocalDate date,
    @Schema(
            description = "Why; defaults to \"Reversal of <reference or id>\"",
            example = "Posted twice")
        @Size(max = 500)
        String description) {}
