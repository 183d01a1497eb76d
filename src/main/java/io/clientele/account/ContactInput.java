package io.clientele.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactInput")
public record ContactInput(
    @Schema(example = "Grace Hopper") @NotBlank @Size(max = 200) String name,
    @Schema(nullable = true, example = "Chief Marketing Officer") @Size(max = 200) String title,
    @Schema(nullable = true, example = "grace@northwind.example") @Email @Size(max = 320)
        String email,
    @Schema(nullable = true, example = "+44 20 7946 0018") @Size(max = 50) String phone,
    @Schema(nullable = true, example = "decision_maker") Influence influence) {

  static ContactInput from(Contact contact) {
    return new ContactInput(
        contact.name, contact.title, contact.email, contact.phone, contact.influence);
  }
}
