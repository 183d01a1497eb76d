package io.clientele.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin may set on a staff member (roles come from the identity provider, not here). */
@Schema(name = "StaffInput")
public record StaffInput(
    @Schema(
            description =
                "The token subject they will sign in with; when absent, their first sign-in links this record by email",
            nullable = true,
            example = "dana")
        @Size(min = 1, max = 200)
        String subject,
    @Schema(nullable = true, example = "dana@example.com") @Email @Size(max = 320) String email,
    @Schema(example = "Dana Director") @NotBlank @Size(max = 200) String name,
    @Schema(nullable = true, example = "Account Director") @Size(max = 200) String title,
    @Schema(
            description = "Their manager (builds the hierarchy; cycles are refused)",
            nullable = true)
        UUID managerId,
    @Schema(nullable = true, example = "EMEA") @Size(max = 100) String region,
    @Schema(description = "Defaults to true", nullable = true, example = "true") Boolean active) {

  static StaffInput from(Staff staff) {
    return new StaffInput(
        staff.subject,
        staff.email,
        staff.name,
        staff.title,
        staff.managerId,
        staff.region,
        staff.active);
  }
}
