package io.clientele.plan;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PlanTransition",
    description = "A move of the plan's status: who, when and why",
    example =
        """
        {"from": "draft", "to": "active", "by": "00000000-0000-4000-8000-000000000003",
         "at": "2027-01-08T09:30:00Z", "note": "Agreed with the client at the kick-off"}
        """)
public record PlanTransition(
    PlanStatus from,
    PlanStatus to,
    UUID by,
    Instant at,
    @Schema(nullable = true, example = "Agreed with the client at the kick-off") String note) {}
