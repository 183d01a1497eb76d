package io.clientele.account;

import io.clientele.common.ExternalId;
import io.clientele.web.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactDto", description = "A stakeholder at a client account")
public record ContactDto(
    @Schema(example = "a3c1e2f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b") UUID id,
    UUID accountId,
    @Schema(example = "Grace Hopper") String name,
    @Schema(nullable = true, example = "Chief Marketing Officer") String title,
    @Schema(nullable = true, example = "grace@northwind.example") String email,
    @Schema(nullable = true, example = "+44 20 7946 0018") String phone,
    @Schema(nullable = true, example = "decision_maker") Influence influence,
    @Schema(description = "Ids in other systems, at most one per source")
        List<ExternalId> externalIds,
    @Schema(example = "1") long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {

  public static ContactDto from(Contact contact) {
    return new ContactDto(
        contact.id,
        contact.accountId,
        contact.name,
        contact.title,
        contact.email,
        contact.phone,
        contact.influence,
        List.copyOf(contact.externalIds),
        contact.version,
        contact.createdAt,
        contact.updatedAt);
  }
}
