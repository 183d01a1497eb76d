package io.clientele.pnl;

import io.clientele.staff.Roles;
import io.clientele.web.Created;
import io.clientele.web.IfMatch;
import io.clientele.web.ListParams;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.Params;
import io.clientele.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Invoices: finance and admins write, whoever may see the account reads. */
@Path("/invoices")
@Tag(name = "Invoices", description = "Invoices, payments and receivables")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {
  private final InvoiceService invoices;
  private final InvoiceDrafts drafts;
  private final InvoiceMoves moves;

  public InvoiceResource(InvoiceService invoices, InvoiceDrafts drafts, InvoiceMoves moves) {
    this.invoices = invoices;
    this.drafts = drafts;
    this.moves = moves;
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Operation(
      operationId = "listInvoices",
      summary = "List invoices",
      description =
          "Invoices of the accounts the caller may see, with their payments."
              + " Keyset-paginated; `sort` on issueDate (default -issueDate), dueDate.")
  public Page<InvoiceDto> list(
      @Parameter(description = "One account") @QueryParam("accountId") String accountId,
      @Parameter(
              description = "Any of these statuses",
              schema = @Schema(type = SchemaType.ARRAY, implementation = InvoiceStatus.class),
              example = "issued,paid")
          @QueryParam("status")
          List<String> status,
      @Parameter(description = "Issued on or after", example = "2026-01-01")
          @QueryParam("issuedFrom")
          String issuedFrom,
      @Parameter(description = "Issued on or before", example = "2026-12-31")
          @QueryParam("issuedTo")
          String issuedTo,
      @Parameter(
              description = "Due strictly before (overdue as of that day)",
              example = "2026-11-25")
          @QueryParam("dueBefore")
          String dueBefore,
      @BeanParam ListParams paging) {
    List<InvoiceStatus> statuses =
        Params.list("status", status, 5).stream().map(s -> status("status", s)).toList();
    return invoices
        .list(
            new InvoiceService.Filter(
                Params.uuid("accountId", accountId),
                statuses,
                Params.date("issuedFrom", issuedFrom),
                Params.date("issuedTo", issuedTo),
                Params.date("dueBefore", dueBefore)),
            paging.page(),
            paging.sort)
        .map(b -> InvoiceDto.from(b.invoice(), b.payments()));
  }

  @GET
  @RolesAllowed(Roles.STAFF)
  @Path("{id}")
  @Operation(
      operationId = "getInvoice",
      summary = "An invoice",
      description = "With its payments and the moves allowed from its status.")
  public InvoiceDto get(UUID id) {
    return dto(invoices.get(id));
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createInvoice",
      summary = "Draft an invoice",
      description = "A draft with a unique number (409 when another invoice has it).")
  @APIResponse(
      responseCode = "201",
      description = "Drafted; Location names the invoice",
      content = @Content(schema = @Schema(implementation = InvoiceDto.class)))
  public RestResponse<InvoiceDto> create(@Valid @NotNull InvoiceInput input, UriInfo uri) {
    InvoiceService.Billed created = drafts.create(input);
    return Created.below(uri, dto(created), created.invoice().id.toString());
  }

  @PATCH
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "updateInvoice",
      summary = "Change a draft invoice",
      description =
          "JSON Merge Patch over the draft's fields. An issued invoice is immutable (409)"
              + " except for payments and its status.")
  public InvoiceDto update(
      UUID id,
      @BeanParam IfMatch ifMatch,
      @RequestBody(content = @Content(schema = @Schema(implementation = InvoiceInput.class)))
          String patch) {
    return dto(drafts.update(id, patch, ifMatch.expectedVersion()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Operation(
      operationId = "deleteInvoice",
      summary = "Delete a draft invoice",
      description = "Only a draft; an issued invoice is voided instead (409).")
  public void delete(UUID id, @BeanParam IfMatch ifMatch) {
    drafts.delete(id, ifMatch.expectedVersion());
  }

  @POST
  @Path("{id}/issue")
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Operation(
      operationId = "issueInvoice",
      summary = "Issue a draft invoice",
      description =
          "draft -> issued; from then on only payments, void and write-off change it. Any"
              + " other move is 409 naming the allowed ones.")
  public InvoiceDto issue(UUID id, @BeanParam IfMatch ifMatch) {
    return dto(moves.issue(id, ifMatch.expectedVersion()));
  }

  @POST
  @Path("{id}/void")
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "voidInvoice",
      summary = "Void an invoice",
      description =
          "A draft, or an issued invoice without payments (one with payments is written"
              + " off instead): it was never owed. 409 from any other status.")
  public InvoiceDto voidInvoice(UUID id, @BeanParam IfMatch ifMatch, @Valid ClosingInput input) {
    return dto(moves.close(id, InvoiceStatus.VOID, input, ifMatch.expectedVersion()));
  }

  @POST
  @Path("{id}/write-off")
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "writeOffInvoice",
      summary = "Write off an issued invoice",
      description =
          "What is still outstanding will not be collected; payments so far stay. 409 from"
              + " any status but issued.")
  public InvoiceDto writeOff(UUID id, @BeanParam IfMatch ifMatch, @Valid ClosingInput input) {
    return dto(moves.close(id, InvoiceStatus.WRITTEN_OFF, input, ifMatch.expectedVersion()));
  }

  @POST
  @Path("{id}/payments")
  @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "payInvoice",
      summary = "Record a payment",
      description =
          "Against an issued invoice, in its currency; partial payments are fine, an"
              + " overpayment is a 422 naming what is outstanding. The payment that settles the"
              + " invoice makes it paid.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; the body is the invoice with its payments, Location names it",
      content = @Content(schema = @Schema(implementation = InvoiceDto.class)))
  public RestResponse<InvoiceDto> pay(
      UUID id, @BeanParam IfMatch ifMatch, @Valid @NotNull PaymentInput input, UriInfo uri) {
    InvoiceDto paid = dto(moves.pay(id, input, ifMatch.expectedVersion()));
    return Created.at(uri, paid, "invoices", id.toString());
  }

  private static InvoiceDto dto(InvoiceService.Billed billed) {
    return InvoiceDto.from(billed.invoice(), billed.payments());
  }

  private static InvoiceStatus status(String parameter, String value) {
    try {
      return InvoiceStatus.of(value);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badParameter(parameter, e.getMessage());
    }
  }
}
