package io.clientele.issue;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who raised an issue: a contact of its account or a staff member (one of the two). */
@Schema(
    name = "IssueRaiser",
    description = "A contact of the issue's account (contactId) or a staff member (staffId)",
    example = "{\"contactId\": \"9b2e4c1a-5d6f-4a7b-8c9d-0e1f2a3b4c5d\"}")
public record IssueRaiser(
    @Schema(nullable = true, description = "A live contact of the issue's account") UUID contactId,
    @Schema(nullable = true, description = "A staff member") UUID staffId) {

  static IssueRaiser of(Issue issue) {
    if (issue.raisedByContactId == null && issue.raisedByStaffId == null) {
      return null;
    }
    return new IssueRaiser(issue.raisedByContactId, issue.raisedByStaffId);
  }
}
