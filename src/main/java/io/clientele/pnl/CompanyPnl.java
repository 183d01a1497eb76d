package io.clientele.pnl;

import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CompanyPnl",
    description =
        "The P&L of every account the caller may see over a range of months, a row per"
            + " account, director, region or month, in the reporting currency. Cells (an"
            + " account's month, category and currency) convert at their month's rate and round"
            + " half-even to the currency's decimals; rows and the total add those up exactly.",
    example =
        """
        {"from": "2026-01", "to": "2026-12", "groupBy": "director", "currency": "USD",
         "rows": [{"key": "00000000-0000-4000-8000-000000000003", "name": "Dana Director", "revenue": "545360.00",
           "costs": {"staff": "96000.00", "third_party": "30000.00", "media": "162000.00",
            "travel": "15120.00", "other": "12000.00"},
           "totalCosts": "315120.00", "grossProfit": "230240.00", "margin": 0.4222,
           "budget": {"revenue": "600000.00", "costs": "300000.00"},
           "variance": {"revenue": "-54640.00", "revenuePercent": -0.0911, "costs": "15120.00",
            "costsPercent": 0.0504},
           "costOverrun": true, "overrunCategories": ["media"]}],
         "total": {"key": "total", "revenue": "545360.00",
           "costs": {"staff": "96000.00", "third_party": "30000.00", "media": "162000.00",
            "travel": "15120.00", "other": "12000.00"},
           "totalCosts": "315120.00", "grossProfit": "230240.00", "margin": 0.4222,
           "budget": {"revenue": "600000.00", "costs": "300000.00"},
           "variance": {"revenue": "-54640.00", "revenuePercent": -0.0911, "costs": "15120.00",
            "costsPercent": 0.0504},
           "costOverrun": true, "overrunCategories": ["media"]}}
        """)
public record CompanyPnl(
    @Schema(description = "First month", example = "2026-01") YearMonth from,
    @Schema(description = "Last month", example = "2026-12") YearMonth to,
    PnlService.GroupBy groupBy,
    @Schema(description = "The reporting currency of every money field", example = "USD")
        String currency,
    @Schema(
            description =
                "account, director, region: the rows with entries or budgets in the range, by"
                    + " name (none last); month: every month of the range")
        List<PnlRow> rows,
    @Schema(description = "Every row added up") PnlRow total) {}
