package io.clientele.staff;

import io.clientele.web.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffDto", description = "A staff member: account director, manager, finance, ...")
public record StaffDto(
    @Schema(example = "0b0f3a52-9e36-4d5e-9a51-3f1b7a1f2c11") UUID id,
    @Schema(
            description =
                "The token subject (`sub`) this person signs in with; null before their first sign-in",
            nullable = true,
            example = "dana")
        String subject,
    @Schema(nullable = true, example = "dana@example.com") String email,
    @Schema(example = "Dana Director") String name,
    @Schema(nullable = true, example = "Account Director") String title,
    @Schema(
            description = "Read-only mirror of the roles in this person's last token",
            example = "[\"director\"]")
        List<String> roles,
    @Schema(description = "Their manager; null at the top of the tree", nullable = true)
        UUID managerId,
    @Schema(nullable = true, example = "EMEA") String region,
    @Schema(example = "true") boolean active,
    @Schema(example = "2") long version,
    @Schema(example = "2026-11-02T09:14:03Z") Instant createdAt,
    @Schema(example = "2026-11-20T16:40:11Z") Instant updatedAt)
    implements Versioned {

  public static StaffDto from(Staff staff) {
    return new StaffDto(
        staff.id,
        staff.subject,
        staff.email,
        staff.name,
        staff.title,
        List.copyOf(staff.roles),
        staff.managerId,
        staff.region,
        staff.active,
        staff.version,
        staff.createdAt,
        staff.updatedAt);
  }
}
