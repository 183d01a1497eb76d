package io.clientele.account;

import io.clientele.common.ExternalId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactInput")
public record ContactInput(
    @Schema(example = "Grace Hopper") @NotBlank @Size(max = 200) String name,
    @Schema(nullable = true, example = "Chief Marketing Officer") @Size(max = 200) String title,
    @Schema(nullable = true, example = "grace@northwind.example") @Email @Size(max = 320)
        String email,
    @Schema(nullable = true, example = "+44 20 7946 0018") @Size(max = 50) String phone,
    @Schema(nullable = true, example = "decision_maker") Influence influence,
    @Schema(description = "Ids in other systems, at most one per source", nullable = true)
        @Size(max = 20)
        List<@Valid @NotNull ExternalId> externalIds) {

  public static ContactInput from(Contact contact) {
    return new ContactInput(
        contact.name,
        contact.title,
        contact.email,
        contact.phone,
        contact.influence,
        List.copyOf(contact.externalIds));
  }

  /**
   * This input as the contact it makes: the name trimmed, with these external ids; two inputs that
   * make the same contact are equal.
   */
  public ContactInput normalized(List<ExternalId> ids) {
    return new ContactInput(name.trim(), title, email, phone, influence, List.copyOf(ids));
  }

  public List<ExternalId> externalIdsOrEmpty() {
    return externalIds == null ? List.of() : externalIds;
  }
}
