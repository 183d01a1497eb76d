package io.clientele.clientreview;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClientReviewAttendees", description = "Who attended a client review")
public record ClientReviewAttendees(
    @Schema(
            description =
                "Contacts of the review's account, each at most once (a deleted contact stays only"
                    + " if the review already had them)",
            nullable = true,
            example = "[\"a3c1e2f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b\"]")
        @Size(max = 100)
        List<@NotNull UUID> contactIds,
    @Schema(
            description = "Staff members, each at most once",
            nullable = true,
            example = "[\"00000000-0000-4000-8000-000000000004\"]")
        @Size(max = 100)
        List<@NotNull UUID> staffIds) {

  static final ClientReviewAttendees NONE = new ClientReviewAttendees(List.of(), List.of());

  /** Absent lists are empty ones, so that two inputs that make the same review are equal. */
  public ClientReviewAttendees {
    contactIds = contactIds == null ? List.of() : contactIds;
    staffIds = staffIds == null ? List.of() : staffIds;
  }
}
