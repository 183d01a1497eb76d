package io.clientele.activity;

import io.clientele.common.ExternalId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's shape of an activity record in an upsert (ActivitySync reads the JSON itself): the
 * activity's own fields and its account, by id or by external id.
 */
@Schema(
    name = "ActivityRecord",
    description =
        """
        An activity to upsert: the fields of ActivityInput and its account, named by `accountId` \
        or by `account` (one of the two is required)""",
    example =
        """
        {"type": "call", "at": "2026-11-18T15:30:00Z", "subject": "Renewal check-in",
         "outcome": "Renewal on track", "account": {"source": "salesforce", "externalId": "001A000001"}}
        """,
    allOf = {ActivityInput.class, ActivityRecord.AccountReference.class})
final class ActivityRecord {
  private ActivityRecord() {}

  @Schema(name = "ActivityAccountReference", description = "The account an activity belongs to")
  record AccountReference(
      @Schema(nullable = true, example = "6f1c2a9e-7d4b-4c1e-9f3a-2b8d5e6f7a10") UUID accountId,
      @Schema(
              nullable = true,
              description = "The account by its external id, in place of accountId")
          ExternalId account) {}
}
