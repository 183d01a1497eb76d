package io.clientele.plan;

import io.clientele.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AccountPlan",
    description =
        """
        An account's plan for a fiscal year: draft -> active (by a director whose team holds the \
        account, or an admin) -> closed (read-only from then on). Whoever may see the account \
        reads it (finance and executives too, integrations not: a revenue KPI is P&L data); its \
        admins, directors and managers write it.""",
    example =
        """
        {"id": "0193a5c2-7b1e-7c4d-9f00-5e2a4b6c8d01",
         "accountId": "10000000-0000-4000-8000-000000000001", "fiscalYear": 2027,
         "start": "2027-01-01", "end": "2027-12-31",
         "summary": "Grow Northwind into EMEA media", "status": "active", "currency": "USD",
         "objectives": [{"title": "Win the EMEA media brief",
           "ownerId": "00000000-0000-4000-8000-000000000004", "dueDate": "2027-06-30",
           "status": "on_track"}],
         "kpis": [{"name": "Revenue", "kind": "revenue", "unit": "money", "target": "3000000.00",
           "actual": "1260000.00", "direction": "higher", "progress": 0.42, "missingRates": []},
          {"name": "Campaigns launched", "kind": "manual", "unit": "number", "target": "12",
           "actual": "5", "direction": "higher", "progress": 0.4167, "missingRates": []}],
         "transitions": [{"from": "draft", "to": "active",
           "by": "00000000-0000-4000-8000-000000000003", "at": "2027-01-08T09:30:00Z",
           "note": "Agreed with the client at the kick-off"}],
         "allowedTransitions": ["closed"], "version": 3,
         "createdAt": "2026-12-01T10:00:00Z", "updatedAt": "2027-01-08T09:30:00Z"}
        """)
public record PlanDto(
    UUID id,
    UUID accountId,
    @Schema(example = "2027") int fiscalYear,
    @Schema(description = "First day of the fiscal year", example = "2027-01-01") LocalDate start,
    @Schema(description = "Last day of the fiscal year", example = "2027-12-31") LocalDate end,
    @Schema(nullable = true, example = "Grow Northwind into EMEA media") String summary,
    @Schema(example = "active") PlanStatus status,
    @Schema(
            description = "The reporting currency: every money KPI's target and actual",
            example = "USD")
        String currency,
    List<Objective> objectives,
    List<Kpi> kpis,
    @Schema(description = "Every status move, oldest first") List<PlanTransition> transitions,
    @Schema(
            description =
                "The moves this caller may make now: allowed from the status and theirs to make")
        List<PlanStatus> allowedTransitions,
    @Schema(example = "0") long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {}
