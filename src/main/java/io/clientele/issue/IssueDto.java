package io.clientele.issue;

import io.clientele.common.ExternalId;
import io.clientele.web.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "IssueDto",
    description = "A client's issue on an account. Visible to whoever may see the account.")
public record IssueDto(
    UUID id,
    UUID accountId,
    @Schema(example = "Late delivery of Q1 creative") String title,
    @Schema(nullable = true, example = "The January key visuals arrived nine days late.")
        String description,
    @Schema(example = "high") IssueSeverity severity,
    @Schema(example = "delivery") IssueCategory category,
    @Schema(description = "A contact of the account or a staff member", nullable = true)
        IssueRaiser raisedBy,
    UUID ownerId,
    @Schema(example = "open") IssueStatus status,
    @Schema(description = "When the case was opened", example = "2026-11-20T09:00:00Z")
        Instant raisedAt,
    @Schema(
            description =
                "raisedAt plus the severity's target (critical 1 day, high 3, medium 10, low 30 by default)",
            example = "2026-11-23T09:00:00Z")
        Instant dueAt,
    @Schema(description = "Open or in progress, and past dueAt", example = "false") boolean overdue,
    @Schema(description = "How many times it was escalated", example = "0") int escalationLevel,
    @Schema(
            description =
                "The owner; once escalated, the owner's manager (level 1), then theirs (level 2) ...")
        UUID responsibleId,
    @Schema(description = "Set by resolve; null while open or in progress", nullable = true)
        String resolution,
    @Schema(description = "Every move, oldest first") List<IssueTransitionDto> transitions,
    @Schema(
            description =
                "The moves its status allows (escalate also needs someone above the responsible)",
            example = "[\"start\", \"resolve\", \"escalate\"]")
        List<IssueMove> allowedMoves,
    List<ExternalId> externalIds,
    @Schema(example = "2") long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {

  static IssueDto from(Issue issue, List<IssueTransition> transitions, Instant now) {
    return new IssueDto(
        issue.id,
        issue.accountId,
        issue.title,
        issue.description,
        issue.severity,
        issue.category,
        IssueRaiser.of(issue),
        issue.ownerId,
        issue.status,
        issue.raisedAt,
        issue.dueAt,
        issue.overdueAt(now),
        issue.escalationLevel,
        issue.responsibleId,
        issue.resolution,
        transitions.stream().map(IssueTransitionDto::from).toList(),
        issue.status.moves(),
        List.copyOf(issue.externalIds),
        issue.version,
        issue.createdAt,
        issue.updatedAt);
  }
}
