package io.clientele.account;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "TeamMemberDto",
    description = "A staff member on an account team, with their role there")
public record TeamMemberDto(
    UUID staffId,
    @Schema(example = "Mia Manager") String name,
    @Schema(nullable = true, example = "Account Manager") String title,
    @Schema(description = "Their role on this account", example = "strategist") String role,
    @Schema(example = "2026-11-02T09:14:03Z") Instant addedAt) {}
