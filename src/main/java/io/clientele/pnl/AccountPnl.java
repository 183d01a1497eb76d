package io.clientele.pnl;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AccountPnl",
    description =
        "One account's P&L over a range of months, a row per period (every period of the"
            + " range, empty ones too), in the reporting currency. Each month's entries of one"
            + " category and currency are summed, converted at that month's rate and rounded"
            + " half-even to the currency's decimals; every figure adds those up exactly, so"
            + " rows add up to the total to the cent.",
    example =
        """
        {"accountId": "6f1c2a7e-8d4b-4c1e-9a55-3b2f0c9d1e77", "name": "Northwind Holdings",
         "from": "2026-01", "to": "2026-01", "granularity": "month", "currency": "USD",
         "rows": [{"key": "2026-01", "period": "2026-01", "revenue": "45360.00",
           "costs": {"staff": "8000.00", "third_party": "2500.00", "media": "13500.00",
            "travel": "1260.00", "other": "1000.00"},
           "totalCosts": "26260.00", "grossProfit": "19100.00", "margin": 0.4211,
           "budget": {"revenue": "50000.00", "costs": "25000.00"},
           "variance": {"revenue": "-4640.00", "revenuePercent": -0.0928, "costs": "1260.00", "costsPercent": 0.0504},
           "costOverrun": true, "overrunCategories": ["media"]}],
         "total": {"key": "total", "revenue": "45360.00",
           "costs": {"staff": "8000.00", "third_party": "2500.00", "media": "13500.00",
            "travel": "1260.00", "other": "1000.00"},
           "totalCosts": "26260.00", "grossProfit": "19100.00", "margin": 0.4211,
           "budget": {"revenue": "50000.00", "costs": "25000.00"},
           "variance": {"revenue": "-4640.00", "revenuePercent": -0.0928, "costs": "1260.00", "costsPercent": 0.0504},
           "costOverrun": true, "overrunCategories": ["media"]}}
        """)
public record AccountPnl(
    UUID accountId,
    @Schema(example = "Northwind Holdings") String name,
    @Schema(description = "First month", example = "2026-01") YearMonth from,
    @Schema(description = "Last month", example = "2026-12") YearMonth to,
    PnlService.Granularity granularity,
    @Schema(description = "The reporting currency of every money field", example = "USD")
        String currency,
    @Schema(
            description =
                "One per fiscal period of the granularity, in order; a period cut by the range"
                    + " counts only its months inside it")
        List<PnlRow> rows,
    @Schema(description = "The whole range") PnlRow total) {}
