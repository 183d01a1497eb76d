package io.clientele.issue;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "IssueTransition",
    description = "A move of the issue: which, from and to what status, who, when and why")
public record IssueTransitionDto(
    @Schema(description = "sync: a status a CRM record set", example = "escalate") IssueMove move,
    @Schema(example = "open") IssueStatus from,
    @Schema(example = "open") IssueStatus to,
    @Schema(description = "The staff member who made it") UUID by,
    @Schema(example = "2026-11-21T10:02:00Z") Instant at,
    @Schema(
            description = "The resolution of a resolve, the reason of an escalation or a reopening",
            nullable = true,
            example = "Client threatens to pull the Q2 brief")
        String note,
    @Schema(description = "An escalation: the level it reached", nullable = true, example = "1")
        Integer escalationLevel,
    @Schema(description = "An escalation: whom it made responsible", nullable = true)
        UUID responsibleId) {

  static IssueTransitionDto from(IssueTransition t) {
    return new IssueTransitionDto(
        t.move, t.fromStatus, t.toStatus, t.byId, t.at, t.note, t.escalationLevel, t.responsibleId);
  }
}
