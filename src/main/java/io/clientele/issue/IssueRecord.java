package io.clientele.issue;

import io.clientele.common.ExternalId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's shape of an issue record in an upsert (IssueSync reads the JSON itself): the
 * issue's own fields, its account by id or by external id, and the source's status.
 */
@Schema(
    name = "IssueRecord",
    description =
        """
        An issue to upsert (a CRM case): the fields of IssueInput, its account named by \
        `accountId` or by `account` (one of the two is required), and optionally the case's \
        status in the source with its resolution""",
    example =
        """
        {"title": "Late delivery of Q1 creative", "severity": "high", "category": "delivery",
         "raisedAt": "2026-11-20T09:00:00Z", "account": {"source": "salesforce", "externalId": "001A000001"},
         "status": "in_progress"}
        """,
    allOf = {IssueInput.class, IssueRecord.SourceFields.class})
final class IssueRecord {
  private IssueRecord() {}

  @Schema(name = "IssueSourceFields", description = "An issue's account and status in the source")
  record SourceFields(
      @Schema(nullable = true, example = "6f1c2a9e-7d4b-4c1e-9f3a-2b8d5e6f7a10") UUID accountId,
      @Schema(
              nullable = true,
              description = "The account by its external id, in place of accountId")
          ExternalId account,
      @Schema(
              nullable = true,
              description =
                  """
                  The case's status in the source: any status may be set (recorded as a `sync` \
                  move); absent, a new issue is open and an existing one keeps its status""",
              example = "in_progress")
          IssueStatus status,
      @Schema(
              nullable = true,
              description =
                  "Required for resolved or closed (unless the issue has one), refused otherwise",
              maxLength = 10000)
          String resolution) {}
}
