package io.clientele.web;

import static io.clientele.web.MatrixWorld.API;
import static io.clientele.web.MatrixWorld.FORECAST_PERIOD;
import static io.clientele.web.MatrixWorld.SOURCE;
import static io.clientele.web.MatrixWorld.callBody;
import static io.clientele.web.MatrixWorld.money;

import io.clientele.support.Fixtures;
import io.clientele.web.MatrixWorld.Team;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How to call each operation of the contract as some caller on a team's record: path ids, query and
 * a valid body. A call that consumes its record (a delete, a workflow move, a reversal) gets a
 * fresh one from the world; a list names the record it should show and where its ids are.
 */
final class MatrixRequests {
  interface Request {
    Sent send(RequestSpecification as, Team team);
  }

  /** A response; for a list, the records it shows when the caller may see them. */
  record Sent(Response response, String idsPath, List<String> listed) {
    /** How many of the records the list shows. */
    long shown() {
      List<String> ids = response.jsonPath().getList(idsPath, String.class);
      return ids == null ? 0 : listed.stream().filter(ids::contains).count();
    }
  }

  /** The operations there is a request for (building the map calls nothing). */
  static final Set<String> OPERATIONS = Set.copyOf(all(null).keySet());

  private final Map<String, Request> requests = new LinkedHashMap<>();

  private MatrixRequests() {}

  private void on(String operation, BiFunction<RequestSpecification, Team, Response> call) {
    requests.put(operation, (as, team) -> new Sent(call.apply(as, team), null, null));
  }

  private void list(
      String operation,
      String idsPath,
      Function<Team, List<String>> listed,
      BiFunction<RequestSpecification, Team, Response> call) {
    requests.put(
        operation, (as, team) -> new Sent(call.apply(as, team), idsPath, listed.apply(team)));
  }

  static Map<String, Request> all(MatrixWorld w) {
    MatrixRequests r = new MatrixRequests();

    // staff
    r.on("GET /me", (as, t) -> as.get(API + "/me"));
    r.list(
        "GET /staff",
        "items.id",
        t -> List.of(t.manager.idString()),
        (as, t) -> as.queryParam("q", t.manager.name()).get(API + "/staff"));
    r.on("GET /staff/{id}", (as, t) -> as.get(API + "/staff/" + t.manager.id()));
    r.list(
        "GET /staff/{id}/reports",
        "items.id",
        t -> List.of(t.manager.idString()),
        (as, t) -> as.get(API + "/staff/" + t.director.id() + "/reports"));
    r.on(
        "POST /staff",
        (as, t) ->
            as.body("{\"name\": \"%s\"}".formatted(Fixtures.unique("Staff"))).post(API + "/staff"));
    r.on(
        "PATCH /staff/{id}",
        (as, t) -> as.body("{\"title\": \"Matrix\"}").patch(API + "/staff/" + t.member.id()));

    // accounts, contacts, teams
    r.list(
        "GET /accounts",
        "items.id",
        t -> List.of(t.account),
        (as, t) ->
            as.queryParam("ownerId", t.manager.idString())
                .queryParam("limit", 500)
                .get(API + "/accounts"));
    r.on(
        "POST /accounts",
        (as, t) ->
            as.body(MatrixWorld.accountBody(Fixtures.unique("New"), t.manager))
                .post(API + "/accounts"));
    r.on("GET /accounts/{id}", (as, t) -> as.get(API + "/accounts/" + t.account));
    r.on(
        "PATCH /accounts/{id}",
        (as, t) -> as.body("{\"region\": \"EMEA\"}").patch(API + "/accounts/" + t.account));
    r.on("DELETE /accounts/{id}", (as, t) -> as.delete(API + "/accounts/" + w.account(t)));
    r.on(
        "PUT /accounts/by-external/{source}/{externalId}",
        (as, t) ->
            as.body("{\"name\": \"%s\"}".formatted(t.accountName))
                .put(API + "/accounts/by-external/" + SOURCE + "/" + t.accountExternalId));
    r.list(
        "GET /accounts/{id}/contacts",
        "items.id",
        t -> List.of(t.contact),
        (as, t) -> as.get(API + "/accounts/" + t.account + "/contacts"));
    r.on(
        "POST /accounts/{id}/contacts",
        (as, t) ->
            as.body("{\"name\": \"New\"}").post(API + "/accounts/" + t.account + "/contacts"));
    r.on("GET /contacts/{id}", (as, t) -> as.get(API + "/contacts/" + t.contact));
    r.on(
        "PATCH /contacts/{id}",
        (as, t) -> as.body("{\"title\": \"Buyer\"}").patch(API + "/contacts/" + t.contact));
    r.on("DELETE /contacts/{id}", (as, t) -> as.delete(API + "/contacts/" + w.contact(t)));
    r.on(
        "PUT /contacts/by-external/{source}/{externalId}",
        (as, t) ->
            as.body("{\"accountId\": \"%s\", \"name\": \"Someone\"}".formatted(t.account))
                .put(API + "/contacts/by-external/" + SOURCE + "/" + t.contactExternalId));
    r.list(
        "GET /accounts/{id}/team",
        "staffId",
        t -> List.of(t.member.idString()),
        (as, t) -> as.get(API + "/accounts/" + t.account + "/team"));
    r.on(
        "PUT /accounts/{id}/team/{staffId}",
        (as, t) ->
            as.body("{\"role\": \"strategist\"}")
                .put(API + "/accounts/" + t.account + "/team/" + t.member.id()));
    r.on(
        "DELETE /accounts/{id}/team/{staffId}",
        (as, t) -> as.delete(API + "/accounts/" + t.account + "/team/" + w.teamMember(t)));

    // client reviews
    r.list(
        "GET /accounts/{id}/client-reviews",
        "items.id",
        t -> List.of(t.clientReview),
        (as, t) -> as.get(API + "/accounts/" + t.account + "/client-reviews"));
    r.on(
        "POST /accounts/{id}/client-reviews",
        (as, t) ->
            as.body(MatrixWorld.clientReviewBody())
                .post(API + "/accounts/" + t.account + "/client-reviews"));
    r.on("GET /client-reviews/{id}", (as, t) -> as.get(API + "/client-reviews/" + t.clientReview));
    r.on(
        "PATCH /client-reviews/{id}",
        (as, t) ->
            as.body("{\"notes\": \"Matrix\"}").patch(API + "/client-reviews/" + t.clientReview));
    r.on(
        "DELETE /client-reviews/{id}",
        (as, t) -> as.delete(API + "/client-reviews/" + w.clientReview(t)));
    r.on(
        "GET /accounts/{id}/satisfaction",
        (as, t) -> as.get(API + "/accounts/" + t.account + "/satisfaction"));

    // pipeline
    r.list(
        "GET /opportunities",
        "items.id",
        t -> List.of(t.deal),
        (as, t) ->
            as.queryParam("accountId", t.account)
                .queryParam("limit", 500)
                .get(API + "/opportunities"));
    r.on(
        "POST /opportunities",
        // no owner: the caller owns it, so the other team's answer is about the account alone
        (as, t) -> as.body(MatrixWorld.dealBody(t, null)).post(API + "/opportunities"));
    r.on("GET /opportunities/{id}", (as, t) -> as.get(API + "/opportunities/" + t.deal));
    r.on(
        "PATCH /opportunities/{id}",
        (as, t) -> as.body("{\"nextStep\": \"Call\"}").patch(API + "/opportunities/" + t.deal));
    r.on("DELETE /opportunities/{id}", (as, t) -> as.delete(API + "/opportunities/" + w.deal(t)));
    r.on(
        "GET /opportunities/{id}/history",
        (as, t) -> as.get(API + "/opportunities/" + t.deal + "/history"));
    r.on(
        "PUT /opportunities/by-external/{source}/{externalId}",
        (as, t) ->
            as.body(MatrixWorld.dealBody(t, t.manager))
                .put(API + "/opportunities/by-external/" + SOURCE + "/" + t.dealExternalId));
    r.on(
        "GET /pipeline/summary",
        (as, t) ->
            as.queryParam("period", FORECAST_PERIOD)
                .queryParam("staffId", t.manager.idString())
                .get(API + "/pipeline/summary"));
    r.on("GET /pipeline/stages", (as, t) -> as.get(API + "/pipeline/stages"));
    r.on("GET /pipeline/stages/{key}", (as, t) -> as.get(API + "/pipeline/stages/proposal"));
    r.on(
        "POST /pipeline/stages",
        (as, t) ->
            as.body(
                    """
                    {"key": "matrix_%d", "label": "Matrix", "position": 9000, "defaultProbability": 1,
                     "forecastCategory": "pipeline"}
                    """
                        .formatted(MatrixWorld.next()))
                .post(API + "/pipeline/stages"));
    r.on(
        "PATCH /pipeline/stages/{key}",
        (as, t) -> as.body("{\"label\": \"Proposal\"}").patch(API + "/pipeline/stages/proposal"));
    r.on(
        "DELETE /pipeline/stages/{key}",
        (as, t) -> as.delete(API + "/pipeline/stages/" + w.stage()));
    r.on("GET /exchange-rates", (as, t) -> as.get(API + "/exchange-rates"));
    r.on(
        "POST /exchange-rates",
        (as, t) ->
            as.body(
                    "{\"currency\": \"NOK\", \"month\": \"%s\", \"rate\": \"0.09\"}"
                        .formatted(YearMonth.of(2600, 1).plusMonths(MatrixWorld.next())))
                .post(API + "/exchange-rates"));
    r.on(
        "PUT /exchange-rates/{currency}/{month}",
        (as, t) ->
            as.body("{\"currency\": \"NOK\", \"month\": \"2030-01\", \"rate\": \"0.09\"}")
                .put(API + "/exchange-rates/NOK/2030-01"));

    // forecasts and quotas
    r.on(
        "GET /forecasts/{period}",
        (as, t) ->
            as.queryParam("staffId", t.manager.idString())
                .get(API + "/forecasts/" + FORECAST_PERIOD));
    r.on(
        "GET /forecasts/accuracy",
        (as, t) ->
            as.queryParam("from", "2025-Q1")
                .queryParam("to", "2025-Q2")
                .queryParam("staffId", t.manager.idString())
                .get(API + "/forecasts/accuracy"));
    r.on(
        "POST /forecasts/{period}/submissions",
        (as, t) ->
            as.body(callBody()).post(API + "/forecasts/" + FORECAST_PERIOD + "/submissions"));
    r.on(
        "GET /forecasts/{period}/submissions",
        (as, t) ->
            as.queryParam("staffId", t.manager.idString())
                .get(API + "/forecasts/" + FORECAST_PERIOD + "/submissions"));
    r.on(
        "POST /forecasts/{period}/adjustments",
        (as, t) ->
            as.body(
                    "{\"staffId\": \"%s\", \"commit\": %s, \"bestCase\": %s, \"reason\": \"Slipped\"}"
                        .formatted(t.manager.id(), money("1.00"), money("1.00")))
                .post(API + "/forecasts/" + FORECAST_PERIOD + "/adjustments"));
    r.on(
        "GET /forecasts/{period}/adjustments",
        (as, t) ->
            as.queryParam("staffId", t.manager.idString())
                .get(API + "/forecasts/" + FORECAST_PERIOD + "/adjustments"));
    r.on(
        "POST /forecasts/{period}/snapshots",
        (as, t) -> as.post(API + "/forecasts/2038-Q1/snapshots"));
    r.on(
        "GET /forecasts/{period}/snapshots",
        (as, t) ->
            as.queryParam("staffId", t.manager.idString())
                .get(API + "/forecasts/2038-Q1/snapshots"));
    r.list(
        "GET /quotas",
        "items.id",
        t -> List.of(t.quota),
        (as, t) ->
            as.queryParam("staffId", t.manager.idString())
                .queryParam("period", MatrixWorld.QUOTA_PERIOD)
                .get(API + "/quotas"));
    r.on(
        "POST /quotas",
        (as, t) ->
            as.body(
                    "{\"staffId\": \"%s\", \"period\": \"%s\", \"amount\": %s}"
                        .formatted(t.manager.id(), MatrixWorld.freshQuotaPeriod(), money("100.00")))
                .post(API + "/quotas"));
    r.on(
        "PUT /quotas/periods/{period}",
        (as, t) ->
            as.body(
                    "{\"quotas\": [{\"staffId\": \"%s\", \"amount\": %s}]}"
                        .formatted(t.manager.id(), money("100.00")))
                .put(API + "/quotas/periods/" + FORECAST_PERIOD));
    r.on("GET /quotas/{id}", (as, t) -> as.get(API + "/quotas/" + t.quota));
    r.on(
        "PATCH /quotas/{id}",
        (as, t) ->
            as.body("{\"amount\": %s}".formatted(money("200.00")))
                .patch(API + "/quotas/" + t.quota));
    r.on(
        "DELETE /quotas/{id}",
        (as, t) -> as.delete(API + "/quotas/" + w.quota(t, MatrixWorld.freshQuotaPeriod())));

    // P&L
    for (String ledger : List.of("revenue", "costs")) {
      r.list(
          "GET /accounts/{id}/" + ledger,
          "items.id",
          t -> List.of(ledger.equals("revenue") ? t.revenue : t.cost),
          (as, t) -> as.get(API + "/accounts/" + t.account + "/" + ledger));
      r.on(
          "POST /accounts/{id}/" + ledger,
          (as, t) ->
              as.body(MatrixWorld.entryBody(ledger))
                  .post(API + "/accounts/" + t.account + "/" + ledger));
      r.on(
          "GET /accounts/{id}/" + ledger + "/{entryId}",
          (as, t) ->
              as.get(
                  API
                      + "/accounts/"
                      + t.account
                      + "/"
                      + ledger
                      + "/"
                      + (ledger.equals("revenue") ? t.revenue : t.cost)));
      r.on(
          "POST /accounts/{id}/" + ledger + "/{entryId}/reversal",
          (as, t) ->
              as.body("{}")
                  .post(
                      API
                          + "/accounts/"
                          + t.account
                          + "/"
                          + ledger
                          + "/"
                          + w.entry(t, ledger)
                          + "/reversal"));
    }
    r.list(
        "GET /accounts/{id}/budgets",
        "items.id",
        t -> List.of(t.budget),
        (as, t) -> as.get(API + "/accounts/" + t.account + "/budgets"));
    r.on(
        "POST /accounts/{id}/budgets",
        (as, t) ->
            as.body(MatrixWorld.budgetBody()).post(API + "/accounts/" + t.account + "/budgets"));
    r.on(
        "GET /accounts/{id}/budgets/{budgetId}",
        (as, t) -> as.get(API + "/accounts/" + t.account + "/budgets/" + t.budget));
    r.on(
        "PATCH /accounts/{id}/budgets/{budgetId}",
        (as, t) ->
            as.body("{\"revenue\": %s}".formatted(money("11.00")))
                .patch(API + "/accounts/" + t.account + "/budgets/" + t.budget));
    r.on(
        "DELETE /accounts/{id}/budgets/{budgetId}",
        (as, t) -> as.delete(API + "/accounts/" + t.account + "/budgets/" + w.budget(t)));
    r.on(
        "GET /accounts/{id}/pnl",
        (as, t) ->
            as.queryParam("from", MatrixWorld.BOOKED_MONTH)
                .queryParam("to", MatrixWorld.BOOKED_MONTH)
                .get(API + "/accounts/" + t.account + "/pnl"));
    r.list(
        "GET /pnl",
        "rows.key",
        t -> List.of(t.account),
        (as, t) ->
            as.queryParam("from", MatrixWorld.BOOKED_MONTH)
                .queryParam("to", MatrixWorld.BOOKED_MONTH)
                .get(API + "/pnl"));
    r.list(
        "GET /invoices",
        "items.id",
        t -> List.of(t.issuedInvoice),
        (as, t) -> as.queryParam("accountId", t.account).get(API + "/invoices"));
    r.on("POST /invoices", (as, t) -> as.body(MatrixWorld.invoiceBody(t)).post(API + "/invoices"));
    r.on("GET /invoices/{id}", (as, t) -> as.get(API + "/invoices/" + t.issuedInvoice));
    r.on(
        "PATCH /invoices/{id}",
        (as, t) ->
            as.body("{\"description\": \"Changed\"}").patch(API + "/invoices/" + t.draftInvoice));
    r.on("DELETE /invoices/{id}", (as, t) -> as.delete(API + "/invoices/" + w.invoice(t, false)));
    r.on(
        "POST /invoices/{id}/issue",
        (as, t) -> as.post(API + "/invoices/" + w.invoice(t, false) + "/issue"));
    r.on(
        "POST /invoices/{id}/void",
        (as, t) -> as.body("{}").post(API + "/invoices/" + w.invoice(t, true) + "/void"));
    r.on(
        "POST /invoices/{id}/write-off",
        (as, t) -> as.body("{}").post(API + "/invoices/" + w.invoice(t, true) + "/write-off"));
    r.on(
        "POST /invoices/{id}/payments",
        (as, t) ->
            as.body("{\"date\": \"1990-02-01\", \"amount\": %s}".formatted(money("1.00")))
                .post(API + "/invoices/" + t.issuedInvoice + "/payments"));
    r.list(
        "GET /receivables/aging",
        "rows.key",
        t -> List.of(t.account),
        (as, t) -> as.queryParam("asOf", MatrixWorld.AGED_AT).get(API + "/receivables/aging"));

    // reviews
    r.list(
        "GET /reviews",
        "items.id",
        t -> List.of(t.review),
        (as, t) -> as.queryParam("revieweeId", t.manager.idString()).get(API + "/reviews"));
    r.on(
        "POST /reviews",
        (as, t) ->
            as.body(
                    "{\"revieweeId\": \"%s\", \"cycle\": \"2026\"}"
                        .formatted(w.fixtures.staff("manager", t.director).id()))
                .post(API + "/reviews"));
    r.on("GET /reviews/{id}", (as, t) -> as.get(API + "/reviews/" + t.review));
    r.on("GET /reviews/{id}/kpis", (as, t) -> as.get(API + "/reviews/" + t.review + "/kpis"));
    r.on(
        "PATCH /reviews/{id}",
        (as, t) ->
            as.body("{\"strengths\": \"Listens\"}").patch(API + "/reviews/" + t.draftReview));
    r.on(
        "POST /reviews/{id}/submit",
        (as, t) -> as.post(API + "/reviews/" + w.draftReviewOfANewcomer(t) + "/submit"));
    r.on(
        "POST /reviews/{id}/acknowledge",
        (as, t) ->
            as.body("{\"comment\": \"Fair\"}")
                .post(API + "/reviews/" + w.submittedReview(t) + "/acknowledge"));
    r.on(
        "POST /reviews/{id}/close",
        (as, t) -> as.post(API + "/reviews/" + w.acknowledgedReview(t) + "/close"));
    r.on("POST /reviews/cycles/{period}", (as, t) -> as.post(API + "/reviews/cycles/2026-Q1"));
    r.on("GET /reviews/competencies", (as, t) -> as.get(API + "/reviews/competencies"));
    r.on(
        "GET /reviews/competencies/{key}",
        (as, t) -> as.get(API + "/reviews/competencies/leadership"));
    r.on(
        "POST /reviews/competencies",
        (as, t) ->
            as.body(
                    "{\"key\": \"matrix_%d\", \"label\": \"Matrix\", \"position\": 500}"
                        .formatted(MatrixWorld.next()))
                .post(API + "/reviews/competencies"));
    r.on(
        "PATCH /reviews/competencies/{key}",
        (as, t) ->
            as.contentType("application/merge-patch+json")
                .body("{\"label\": \"Leadership\"}")
                .patch(API + "/reviews/competencies/leadership"));

    // issues and escalations
    r.list(
        "GET /accounts/{id}/issues",
        "items.id",
        t -> List.of(t.issue),
        (as, t) -> as.get(API + "/accounts/" + t.account + "/issues"));
    r.on(
        "POST /accounts/{id}/issues",
        (as, t) ->
            as.body(MatrixWorld.issueBody()).post(API + "/accounts/" + t.account + "/issues"));
    r.list(
        "GET /issues",
        "items.id",
        t -> List.of(t.issue),
        (as, t) -> as.queryParam("accountId", t.account).get(API + "/issues"));
    r.on("GET /issues/{id}", (as, t) -> as.get(API + "/issues/" + t.issue));
    r.on(
        "PATCH /issues/{id}",
        (as, t) -> as.body("{\"description\": \"Matrix\"}").patch(API + "/issues/" + t.issue));
    r.on("DELETE /issues/{id}", (as, t) -> as.delete(API + "/issues/" + w.issue(t, "open")));
    r.on(
        "POST /issues/{id}/start",
        (as, t) -> as.post(API + "/issues/" + w.issue(t, "open") + "/start"));
    r.on(
        "POST /issues/{id}/resolve",
        (as, t) ->
            as.body("{\"resolution\": \"Fixed\"}")
                .post(API + "/issues/" + w.issue(t, "open") + "/resolve"));
    r.on(
        "POST /issues/{id}/close",
        (as, t) -> as.post(API + "/issues/" + w.issue(t, "resolved") + "/close"));
    r.on(
        "POST /issues/{id}/reopen",
        (as, t) -> as.body("{}").post(API + "/issues/" + w.issue(t, "resolved") + "/reopen"));
    r.on(
        "POST /issues/{id}/escalate",
        // the manager owns it: escalating makes their director responsible
        (as, t) ->
            as.body("{\"reason\": \"Urgent\"}")
                .post(API + "/issues/" + w.issue(t, "open") + "/escalate"));
    r.on(
        "PUT /issues/by-external/{source}/{externalId}",
        (as, t) ->
            as.body(
                    MatrixWorld.issueBody()
                        .replaceFirst("^\\{", "{\"accountId\": \"" + t.account + "\", "))
                .put(API + "/issues/by-external/" + SOURCE + "/" + t.issueExternalId));
    // activities
    r.list(
        "GET /accounts/{id}/activities",
        "items.id",
        t -> List.of(t.activity),
        (as, t) -> as.get(API + "/accounts/" + t.account + "/activities"));
    r.on(
        "POST /accounts/{id}/activities",
        (as, t) ->
            as.body(MatrixWorld.activityBody(t))
                .post(API + "/accounts/" + t.account + "/activities"));
    r.list(
        "GET /activities",
        "items.id",
        t -> List.of(t.activity),
        (as, t) ->
            as.queryParam("accountId", t.account)
                .queryParam("limit", 500)
                .get(API + "/activities"));
    r.on("GET /activities/{id}", (as, t) -> as.get(API + "/activities/" + t.activity));
    r.on(
        "PATCH /activities/{id}",
        (as, t) -> as.body("{\"outcome\": \"Agreed\"}").patch(API + "/activities/" + t.activity));
    r.on("DELETE /activities/{id}", (as, t) -> as.delete(API + "/activities/" + w.activity(t)));
    r.on(
        "PUT /activities/by-external/{source}/{externalId}",
        (as, t) ->
            as.body(MatrixWorld.activityRecord(t))
                .put(API + "/activities/by-external/" + SOURCE + "/" + t.activityExternalId));

    // account plans
    String plans = "/plans";
    r.list(
        "GET /accounts/{id}/plans",
        "items.id",
        t -> List.of(t.plan),
        (as, t) -> as.get(API + "/accounts/" + t.account + plans));
    r.on(
        "POST /accounts/{id}/plans",
        (as, t) -> as.body(MatrixWorld.planBody()).post(API + "/accounts/" + t.account + plans));
    r.on(
        "GET /accounts/{id}/plans/{planId}",
        (as, t) -> as.get(API + "/accounts/" + t.account + plans + "/" + t.plan));
    r.on(
        "PATCH /accounts/{id}/plans/{planId}",
        (as, t) ->
            as.body("{\"summary\": \"Matrix\"}")
                .patch(API + "/accounts/" + t.account + plans + "/" + t.plan));
    r.on(
        "DELETE /accounts/{id}/plans/{planId}",
        (as, t) -> as.delete(API + "/accounts/" + t.account + plans + "/" + w.plan(t, false)));
    r.on(
        "POST /accounts/{id}/plans/{planId}/activate",
        (as, t) ->
            as.post(API + "/accounts/" + t.account + plans + "/" + w.plan(t, false) + "/activate"));
    r.on(
        "POST /accounts/{id}/plans/{planId}/close",
        (as, t) ->
            as.body("{\"note\": \"Year done\"}")
                .post(API + "/accounts/" + t.account + plans + "/" + w.plan(t, true) + "/close"));

    // CRM sync
    r.on(
        "POST /sync/accounts",
        (as, t) ->
            as.queryParam("atomic", true)
                .body(
                    "{\"source\": \"%s\", \"records\": [{\"externalId\": \"%s\", \"name\": \"%s\"}]}"
                        .formatted(SOURCE, t.accountExternalId, t.accountName))
                .post(API + "/sync/accounts"));
    r.on(
        "POST /sync/contacts",
        (as, t) ->
            as.queryParam("atomic", true)
                .body(
                    """
                    {"source": "%s", "records": [{"externalId": "%s", "accountId": "%s", "name": "Someone"}]}
                    """
                        .formatted(SOURCE, t.contactExternalId, t.account))
                .post(API + "/sync/contacts"));
    r.on(
        "POST /sync/issues",
        (as, t) ->
            as.queryParam("atomic", true)
                .body(
                    "{\"source\": \"%s\", \"records\": [%s]}"
                        .formatted(
                            SOURCE,
                            MatrixWorld.issueBody()
                                .replaceFirst(
                                    "^\\{",
                                    "{\"externalId\": \""
                                        + t.issueExternalId
                                        + "\", \"accountId\": \""
                                        + t.account
                                        + "\", ")))
                .post(API + "/sync/issues"));
    r.on(
        "POST /sync/opportunities",
        (as, t) ->
            as.queryParam("atomic", true)
                .body(
                    "{\"source\": \"%s\", \"records\": [%s]}"
                        .formatted(
                            SOURCE,
                            MatrixWorld.dealBody(t, t.manager)
                                .replaceFirst(
                                    "^\\{", "{\"externalId\": \"" + t.dealExternalId + "\", ")))
                .post(API + "/sync/opportunities"));
    r.on(
        "POST /sync/activities",
        (as, t) ->
            as.queryParam("atomic", true)
                .body(
                    "{\"source\": \"%s\", \"records\": [%s]}"
                        .formatted(
                            SOURCE,
                            MatrixWorld.activityRecord(t)
                                .replaceFirst(
                                    "^\\{", "{\"externalId\": \"" + t.activityExternalId + "\", ")))
                .post(API + "/sync/activities"));
    r.list(
        "GET /changes",
        "items.id",
        t -> List.of(t.account, t.contact, t.deal, t.issue, t.activity),
        (as, t) ->
            as.queryParam("after", w.feedStart)
                .queryParam("limit", 1000)
                .queryParam("types", "accounts,contacts,opportunities,issues,activities")
                .get(API + "/changes"));
    return r.requests;
  }
}
