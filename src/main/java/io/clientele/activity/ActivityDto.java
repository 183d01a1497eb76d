package io.clientele.activity;

import io.clientele.common.ExternalId;
import io.clientele.web.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityDto", description = "A meeting, call, email or note on an account")
public record ActivityDto(
    UUID id,
    UUID accountId,
    @Schema(example = "meeting") ActivityType type,
    @Schema(example = "2026-12-10T14:00:00Z") Instant at,
    @Schema(
            description = "The staff who took part",
            example = "[\"3f0b8c1e-5a7d-4e2f-9b6c-1d2e3f4a5b6c\"]")
        List<UUID> staffIds,
    @Schema(
            description = "The account's contacts who took part",
            example = "[\"8a4e2d6c-1b3f-4a5e-9c7d-2e4f6a8b0c1d\"]")
        List<UUID> contactIds,
    @Schema(example = "QBR prep") String subject,
    @Schema(nullable = true, example = "Walked through the Q4 media results and the 2027 brief")
        String summary,
    @Schema(nullable = true, example = "Client to confirm the EMEA budget by Friday")
        String outcome,
    List<ExternalId> externalIds,
    @Schema(example = "2") long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {

  public static ActivityDto from(Activity a) {
    return new ActivityDto(
        a.id,
        a.accountId,
        a.type,
        a.at,
        List.copyOf(a.staffIds),
        List.copyOf(a.contactIds),
        a.subject,
        a.summary,
        a.outcome,
        List.copyOf(a.externalIds),
        a.version,
        a.createdAt,
        a.updatedAt);
  }
}
