package io.clientele.forecast;

import io.clientele.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The quotas of a whole team for one period, set in one request. */
@Schema(name = "TeamQuotasInput")
public record TeamQuotasInput(
    @Schema(description = "One quota per staff member") @NotEmpty @Size(max = 500)
        List<@Valid @NotNull Entry> quotas) {

  @Schema(name = "TeamQuotaEntry")
  public record Entry(@NotNull UUID staffId, @NotNull @Valid Money amount) {}
}
