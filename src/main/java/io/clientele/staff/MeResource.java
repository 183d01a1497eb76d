package io.clientele.staff;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@Tag(name = "Staff")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
  private final StaffService staff;

  public MeResource(StaffService staff) {
    this.staff = staff;
  }

  @GET
  @Operation(
      operationId = "getMe",
      summary = "The caller",
      description =
          "The staff record of the token's subject, created from the token's claims on"
              + " first sign-in. Any token with a Clientele role may call it; one without is"
              + " refused with 403 and leaves no record.")
  public StaffDto me() {
    return StaffDto.from(staff.me());
  }
}
