package io.clientele.pnl;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.clientele.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AgingReport",
    description =
        "Receivables as they stood at the end of `asOf`: each issued invoice's amount"
            + " less the payments received by then (none for one voided or written off by"
            + " then), converted at its issue month's rate and rounded half-even to the"
            + " reporting currency's decimals, then bucketed by days past due. Rows and the"
            + " total add those up exactly.",
    example =
        """
        {"asOf": "2026-11-25", "groupBy": "account", "currency": "USD", "dsoWindowDays": 90,
         "rows": [{"key": "6f1c2a7e-8d4b-4c1e-9a55-3b2f0c9d1e77", "name": "Northwind Holdings",
           "current": "42000.00", "days1To30": "0.00", "days31To60": "12500.00", "days61To90": "0.00",
           "days90Plus": "8000.00", "total": "62500.00", "sales": "126000.00", "dso": 44.6}],
         "total": {"key": "total", "name": "Total", "current": "42000.00", "days1To30": "0.00",
           "days31To60": "12500.00", "days61To90": "0.00", "days90Plus": "8000.00", "total": "62500.00",
           "sales": "126000.00", "dso": 44.6},
         "longOutstanding": [{"invoiceId": "0b7e8a52-31c4-4f0e-a1d2-6c0f4e9b7a11", "number": "INV-2026-0031",
           "accountId": "6f1c2a7e-8d4b-4c1e-9a55-3b2f0c9d1e77", "accountName": "Northwind Holdings",
           "dueDate": "2026-07-31", "daysPastDue": 117,
           "outstanding": {"amount": "7400.00", "currency": "EUR"}, "outstandingConverted": "8000.00"}],
         "longOutstandingCount": 1}
        """)
public record AgingReport(
    @Schema(description = "The day the receivables are aged at", example = "2026-11-25")
        LocalDate asOf,
    ReceivablesService.GroupBy groupBy,
    @Schema(description = "The reporting currency of every money field", example = "USD")
        String currency,
    @Schema(description = "The days of sales DSO is measured against", example = "90")
        int dsoWindowDays,
    @Schema(
            description =
                "The accounts or directors with something outstanding or invoiced in the DSO"
                    + " window, by name (no director last)")
        List<Row> rows,
    @Schema(description = "Every row added up") Row total,
    @Schema(
            description =
                "Invoices more than 90 days past due with something outstanding, longest overdue"
                    + " first (at most 100)")
        List<LongOutstanding> longOutstanding,
    @Schema(description = "How many such invoices there are in all", example = "1")
        long longOutstandingCount) {

  @Schema(
      name = "AgingRow",
      description =
          "Outstanding amounts by days past due (current: not yet due or due that day),"
              + " their total, the invoices issued in the DSO window (sales) and DSO = total /"
              + " sales x window days, rounded half-even to one decimal, null without sales")
  public record Row(
      @Schema(description = "Account id or director id (empty: no director); `total` for the total")
          String key,
      @Schema(example = "Northwind Holdings") String name,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "42000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal current,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "0.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal days1To30,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "12500.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal days31To60,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "0.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal days61To90,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "8000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal days90Plus,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "62500.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal total,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "126000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal sales,
      @Schema(description = "Days sales outstanding", nullable = true, example = "44.6")
          BigDecimal dso) {}

  @Schema(name = "LongOutstandingInvoice")
  public record LongOutstanding(
      UUID invoiceId,
      @Schema(example = "INV-2026-0031") String number,
      UUID accountId,
      @Schema(example = "Northwind Holdings") String accountName,
      @Schema(example = "2026-07-31") LocalDate dueDate,
      @Schema(example = "117") long daysPastDue,
      @Schema(description = "In the invoice's currency") Money outstanding,
      @Schema(
              type = SchemaType.STRING,
              format = "decimal",
              description = "In the reporting currency",
              example = "8000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal outstandingConverted) {}
}
