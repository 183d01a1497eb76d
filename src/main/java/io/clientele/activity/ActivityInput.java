package io.clientele.activity;

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
 * The fields a caller may set on an activity (POST body, and the shape a PATCH merges into). Its
 * account is the path's (or, in an upsert, the record's); id, version and stamps are the server's.
 */
@Schema(name = "ActivityInput")
public record ActivityInput(
    @Schema(example = "meeting") @NotNull ActivityType type,
    @Schema(
            description =
                "When it happened or is booked; at most a year ahead. ISO-8601 with an offset.",
            example = "2026-12-10T14:00:00Z")
        @NotNull
        Instant at,
    @Schema(
            description =
                """
                The staff who took part. Omitted or null: the caller when creating (nobody when \
                the caller is an integration), unchanged when updating. Any staff member, active \
                or not (activities are history).""",
            nullable = true,
            example = "[\"3f0b8c1e-5a7d-4e2f-9b6c-1d2e3f4a5b6c\"]")
        @Size(max = 100)
        List<@NotNull UUID> staffIds,
    @Schema(
            description = "Contacts of the activity's own account who took part",
            nullable = true,
            example = "[\"8a4e2d6c-1b3f-4a5e-9c7d-2e4f6a8b0c1d\"]")
        @Size(max = 100)
        List<@NotNull UUID> contactIds,
    @Schema(example = "QBR prep") @NotBlank @Size(max = 300) String subject,
    @Schema(nullable = true, example = "Walked through the Q4 media results and the 2027 brief")
        @Size(max = 20000)
        String summary,
    @Schema(nullable = true, example = "Client to confirm the EMEA budget by Friday")
        @Size(max = 2000)
        String outcome,
    @Schema(description = "Ids in other systems, at most one per source", nullable = true)
        @Size(max = 20)
        List<@Valid @NotNull ExternalId> externalIds) {

  public static ActivityInput from(Activity a) {
    return new ActivityInput(
        a.type,
        a.at,
        List.copyOf(a.staffIds),
        List.copyOf(a.contactIds),
        a.subject,
        a.summary,
        a.outcome,
        List.copyOf(a.externalIds));
  }

  /** The same input with other external ids. */
  ActivityInput withExternalIds(List<ExternalId> ids) {
    return new ActivityInput(
        type, at, staffIds, contactIds, subject, summary, outcome, List.copyOf(ids));
  }

  List<UUID> contactIdsOrEmpty() {
    return contactIds == null ? List.of() : contactIds;
  }

  List<ExternalId> externalIdsOrEmpty() {
    return externalIds == null ? List.of() : externalIds;
  }
}
