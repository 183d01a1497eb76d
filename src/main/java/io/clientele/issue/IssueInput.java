package io.clientele.issue;

import io.clientele.common.ExternalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fields a caller may set on an issue (POST body, and the shape a PATCH merges into). Its
 * account comes from the path; status, due time, escalation and resolution are the workflow's.
 */
@Schema(name = "IssueInput")
public record IssueInput(
    @Schema(example = "Late delivery of Q1 creative") @NotBlank @Size(max = 200) String title,
    @Schema(nullable = true, example = "The January key visuals arrived nine days late.")
        @Size(max = 10000)
        String description,
    @Schema(
            description = "Sets the due time: raisedAt plus the severity's target",
            example = "high")
        @NotNull
        IssueSeverity severity,
    @Schema(example = "delivery") @NotNull IssueCategory category,
    @Schema(
            description =
                "A contact of this account or a staff member; defaults to the caller (a staff member)",
            nullable = true)
        @Valid
        IssueRaiser raisedBy,
    @Schema(
            description =
                """
                The staff member who owns the issue; defaults to the account's owner. Someone who \
                works on the account (its owner, its team, or above one of them), and whom the \
                caller may assign: managers themselves or the account's owner, directors their \
                team. While not escalated the owner is also responsible; an escalated issue stays \
                with whom it was escalated to.""",
            nullable = true)
        UUID ownerId,
    @Schema(
            description =
                "When the case was opened, not in the future; defaults to now (an imported case keeps its due time)",
            nullable = true,
            example = "2026-11-20T09:00:00Z")
        Instant raisedAt,
    @Schema(description = "Ids in other systems, at most one per source", nullable = true)
        @Size(max = 20)
        List<@Valid @NotNull ExternalId> externalIds) {

  static IssueInput from(Issue issue) {
    return new IssueInput(
        issue.title,
        issue.description,
        issue.severity,
        issue.category,
        IssueRaiser.of(issue),
        issue.ownerId,
        issue.raisedAt,
        List.copyOf(issue.externalIds));
  }

  List<ExternalId> externalIdsOrEmpty() {
    return externalIds == null ? List.of() : externalIds;
  }

  IssueInput withExternalIds(List<ExternalId> ids) {
    return new IssueInput(
        title, description, severity, category, raisedBy, ownerId, raisedAt, List.copyOf(ids));
  }
}
