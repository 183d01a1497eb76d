package io.clientele.account;

import io.clientele.common.ExternalId;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's shape of a contact record in an upsert (ContactSync reads the JSON itself): the
 * contact's own fields and its account, by id or by external id.
 */
@Schema(
    name = "ContactRecord",
    description =
        """
        A contact to upsert: the fields of ContactInput and its account, named by `accountId` or \
        by `account` (one of the two is required)""",
    example =
        """
        {"name": "Grace Hopper", "title": "Chief Marketing Officer", "email": "grace@northwind.example",
         "influence": "decision_maker", "account": {"source": "salesforce", "externalId": "001A000001"}}
        """,
    allOf = {ContactInput.class, ContactRecord.AccountReference.class})
final class ContactRecord {
  private ContactRecord() {}

  @Schema(name = "ContactAccountReference", description = "The account a contact belongs to")
  record AccountReference(
      @Schema(nullable = true, example = "6f1c2a9e-7d4b-4c1e-9f3a-2b8d5e6f7a10") UUID accountId,
      @Schema(
              nullable = true,
              description = "The account by its external id, in place of accountId")
          ExternalId account) {}
}
