package io.clientele.fx;

import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.clientele.web.ListParams;
import io.clientele.web.Page;
import io.clientele.web.Params;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Everyone reads the rates; finance and admins set them. */
@Path("/exchange-rates")
@Tag(name = "Exchange rates", description = "Monthly rates into the reporting currency")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeRateResource {
  private final ExchangeRates rates;

  public ExchangeRateResource(ExchangeRates rates) {
    this.rates = rates;
  }

  @GET
  @RolesAllowed(Roles.ANY)
  @Operation(
      operationId = "listExchangeRates",
      summary = "List exchange rates",
      description =
          "Rates by currency and month. `sort` on currency, month (default currency,month).")
  public Page<ExchangeRateDto> list(
      @Parameter(description = "Only this currency", example = "EUR") @QueryParam("currency")
          String currency,
      @Parameter(description = "From this month, inclusive", example = "2026-01")
          @QueryParam("from")
          String from,
      @Parameter(description = "To this month, inclusive", example = "2026-12") @QueryParam("to")
          String to,
      @BeanParam ListParams paging) {
    return rates
        .list(
            Params.text("currency", currency, 3),
            Params.month("from", from),
            Params.month("to", to),
            paging.page(),
            paging.sort)
        .map(r -> ExchangeRateDto.from(r, rates.reportingCurrency()));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createExchangeRate",
      summary = "Add an exchange rate",
      description =
          "1 `currency` = `rate` units of the reporting currency during `month`. 409 when"
              + " that month already has a rate (PUT replaces it).")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ExchangeRateDto.class)))
  public RestResponse<ExchangeRateDto> create(
      @Valid @NotNull ExchangeRateInput input, UriInfo uri) {
    ExchangeRate created = rates.create(input);
    return Created.below(
        uri,
        ExchangeRateDto.from(created, rates.reportingCurrency()),
        created.currency,
        YearMonth.from(created.month).toString());
  }

  @PUT
  @Path("{currency}/{month}")
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setExchangeRate",
      summary = "Set the exchange rate of a currency and month",
      description =
          "Creates (201) or replaces (200) the rate; the body's currency and month must match the path.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content = @Content(schema = @Schema(implementation = ExchangeRateDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ExchangeRateDto.class)))
  public RestResponse<ExchangeRateDto> put(
      @Parameter(example = "EUR") String currency,
      @Parameter(example = "2026-01") String month,
      @Valid @NotNull ExchangeRateInput input) {
    ExchangeRates.Put result = rates.put(currency, Params.month("month", month), input);
    return RestResponse.status(
        result.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
        ExchangeRateDto.from(result.rate(), rates.reportingCurrency()));
  }
}
