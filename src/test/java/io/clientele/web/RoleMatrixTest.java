package io.clientele.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.clientele.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every role against every endpoint. Callers are a director, the manager (who owns the account)
 * reporting to them, and company-wide roles; a fresh account is made for each destructive call.
 */
@QuarkusTest
class RoleMatrixTest {
  private static final List<String> ROLES =
      List.of("admin", "director", "manager", "finance", "executive", "integration");
  private static final List<String> WRITERS =
      List.of("admin", "director", "manager", "integration");

  @Inject Fixtures fixtures;
  Map<String, TestStaff> callers;
  TestStaff owner;
  UUID account;
  List<String> mismatches;

  @BeforeEach
  void world() {
    TestStaff director = fixtures.staff("director");
    owner = fixtures.staff("manager", director);
    callers = new LinkedHashMap<>();
    callers.put("admin", fixtures.staff("admin"));
    callers.put("director", director);
    callers.put("manager", owner);
    callers.put("finance", fixtures.staff("finance"));
    callers.put("executive", fixtures.staff("executive"));
    callers.put("integration", fixtures.staff("integration"));
    account = fixtures.account(Fixtures.unique("Matrix"), owner);
    mismatches = new ArrayList<>();
  }

  private interface Call {
    int run(RequestSpecification as);
  }

  private void expect(
      String endpoint, List<String> allowed, int okStatus, Function<String, Call> call) {
    for (String role : ROLES) {
      int status = call.apply(role).run(Api.as(callers.get(role)));
      int expected = allowed.contains(role) ? okStatus : 403;
      if (status != expected) {
        mismatches.add(endpoint + " as " + role + ": " + status + ", expected " + expected);
      }
    }
    int anonymous = call.apply("admin").run(Api.anonymous());
    if (anonymous != 401) {
      mismatches.add(endpoint + " without a token: " + anonymous);
    }
    int roleless = call.apply("admin").run(Api.as(Tokens.forSubject(Fixtures.unique("nobody"))));
    if (roleless != 403) {
      mismatches.add(endpoint + " with no role: " + roleless);
    }
  }

  private String freshAccount() {
    return fixtures.account(Fixtures.unique("Victim"), owner).toString();
  }

  private String freshContact() {
    return Api.as(owner)
        .body("{\"name\": \"Someone\"}")
        .post("/api/v1/accounts/" + account + "/contacts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void staffEndpoints() {
    TestStaff someone = fixtures.staff("manager");
    expect("GET /staff", ROLES, 200, r -> as -> as.get("/api/v1/staff").statusCode());
    expect(
        "GET /staff/{id}",
        ROLES,
        200,
        r -> as -> as.get("/api/v1/staff/" + someone.id()).statusCode());
    expect(
        "GET /staff/{id}/reports",
        ROLES,
        200,
        r -> as -> as.get("/api/v1/staff/" + someone.id() + "/reports").statusCode());
    expect(
        "POST /staff",
        List.of("admin"),
        201,
        r ->
            as ->
                as.body("{\"name\": \"%s\"}".formatted(Fixtures.unique("n")))
                    .post("/api/v1/staff")
                    .statusCode());
    expect(
        "PATCH /staff/{id}",
        List.of("admin"),
        200,
        r ->
            as ->
                as.body("{\"title\": \"T\"}").patch("/api/v1/staff/" + someone.id()).statusCode());
    int me = Api.as(Tokens.forSubject(Fixtures.unique("nobody"))).get("/api/v1/me").statusCode();
    assertThat(me).as("GET /me with no role").isEqualTo(403);
    for (String role : ROLES) {
      assertThat(Api.as(callers.get(role)).get("/api/v1/me").statusCode())
          .as("GET /me as " + role)
          .isEqualTo(200);
    }
    assertThat(Api.anonymous().get("/api/v1/me").statusCode()).isEqualTo(401);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void accountEndpoints() {
    expect("GET /accounts", ROLES, 200, r -> as -> as.get("/api/v1/accounts").statusCode());
    expect(
        "GET /accounts/{id}",
        ROLES,
        200,
        r -> as -> as.get("/api/v1/accounts/" + account).statusCode());
    expect(
        "POST /accounts",
        WRITERS,
        201,
        r -> as -> as.body("{\"name\": \"New\"}").post("/api/v1/accounts").statusCode());
    expect(
        "PATCH /accounts/{id}",
        WRITERS,
        200,
        r ->
            as ->
                as.body("{\"region\": \"%s\"}".formatted(r))
                    .patch("/api/v1/accounts/" + account)
                    .statusCode());
    expect(
        "DELETE /accounts/{id}",
        WRITERS,
        204,
        r -> as -> as.delete("/api/v1/accounts/" + freshAccount()).statusCode());
    assertThat(mismatches).isEmpty();
  }

  @Test
  void contactEndpoints() {
    String contact = freshContact();
    expect(
        "GET /accounts/{id}/contacts",
        ROLES,
        200,
        r -> as -> as.get("/api/v1/accounts/" + account + "/contacts").statusCode());
    expect(
        "POST /accounts/{id}/contacts",
        WRITERS,
        201,
        r ->
            as ->
                as.body("{\"name\": \"C\"}")
                    .post("/api/v1/accounts/" + account + "/contacts")
                    .statusCode());
    expect(
        "GET /contacts/{id}",
        ROLES,
        200,
        r -> as -> as.get("/api/v1/contacts/" + contact).statusCode());
    expect(
        "PATCH /contacts/{id}",
        WRITERS,
        200,
        r ->
            as ->
                as.body("{\"title\": \"%s\"}".formatted(r))
                    .patch("/api/v1/contacts/" + contact)
                    .statusCode());
    expect(
        "DELETE /contacts/{id}",
        WRITERS,
        204,
        r -> as -> as.delete("/api/v1/contacts/" + freshContact()).statusCode());
    assertThat(mismatches).isEmpty();
  }

  @Test
  void teamEndpoints() {
    TestStaff member = fixtures.staff("manager");
    expect(
        "GET /accounts/{id}/team",
        ROLES,
        200,
        r -> as -> as.get("/api/v1/accounts/" + account + "/team").statusCode());
    expect(
        "PUT /accounts/{id}/team/{staffId}",
        WRITERS,
        200,
        r ->
            as -> {
              int status =
                  as.body("{\"role\": \"%s\"}".formatted(r))
                      .put("/api/v1/accounts/" + account + "/team/" + member.id())
                      .statusCode();
              return status == 201 ? 200 : status;
            });
    expect(
        "DELETE /accounts/{id}/team/{staffId}",
        WRITERS,
        204,
        r ->
            as -> {
              TestStaff extra = fixtures.staff("manager");
              Api.as(owner)
                  .body("{\"role\": \"x\"}")
                  .put("/api/v1/accounts/" + account + "/team/" + extra.id())
                  .then()
                  .statusCode(201);
              return as.delete("/api/v1/accounts/" + account + "/team/" + extra.id()).statusCode();
            });
    assertThat(mismatches).isEmpty();
  }

  private String freshDeal() {
    return Api.as(owner)
        .body(
            "{\"accountId\": \"%s\", \"name\": \"Deal\", \"stage\": \"proposal\", \"amount\": {\"amount\": \"10.00\", \"currency\": \"USD\"}, \"closeDate\": \"2026-12-01\"}"
                .formatted(account))
        .post("/api/v1/opportunities")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void pipelineEndpoints() {
    String deal = freshDeal();
    String newDeal =
        "{\"accountId\": \"%s\", \"name\": \"New\", \"stage\": \"proposal\", \"amount\": {\"amount\": \"1.00\", \"currency\": \"USD\"}, \"closeDate\": \"2026-12-01\"%s}";
    expect(
        "GET /opportunities", ROLES, 200, r -> as -> as.get("/api/v1/opportunities").statusCode());
    expect(
        "GET /opportunities/{id}",
        ROLES,
        200,
        r -> as -> as.get("/api/v1/opportunities/" + deal).statusCode());
    expect(
        "GET /opportunities/{id}/history",
        ROLES,
        200,
        r -> as -> as.get("/api/v1/opportunities/" + deal + "/history").statusCode());
    expect(
        "POST /opportunities",
        WRITERS,
        201,
        // the owner is named so that each writer assigns the deal within their reach
        r ->
            as ->
                as.body(
                        newDeal.formatted(
                            account,
                            r.equals("manager") ? "" : ", \"ownerId\": \"" + owner.id() + "\""))
                    .post("/api/v1/opportunities")
                    .statusCode());
    expect(
        "PATCH /opportunities/{id}",
        WRITERS,
        200,
        r ->
            as ->
                as.body("{\"nextStep\": \"%s\"}".formatted(r))
                    .patch("/api/v1/opportunities/" + deal)
                    .statusCode());
    expect(
        "DELETE /opportunities/{id}",
        WRITERS,
        204,
        r -> as -> as.delete("/api/v1/opportunities/" + freshDeal()).statusCode());
    expect(
        "GET /pipeline/summary",
        ROLES,
        200,
        r ->
            as ->
                as.queryParam("period", "2026-Q4")
                    .queryParam("staffId", owner.idString())
                    .get("/api/v1/pipeline/summary")
                    .statusCode());
    expect(
        "GET /pipeline/stages",
        ROLES,
        200,
        r -> as -> as.get("/api/v1/pipeline/stages").statusCode());
    expect(
        "GET /pipeline/stages/{key}",
        ROLES,
        200,
        r -> as -> as.get("/api/v1/pipeline/stages/proposal").statusCode());
    expect(
        "POST /pipeline/stages",
        List.of("admin"),
        201,
        r ->
            as ->
                as.body(
                        "{\"key\": \"m_%s\", \"label\": \"M\", \"position\": 1, \"defaultProbability\": 1, \"forecastCategory\": \"pipeline\"}"
                            .formatted(UUID.randomUUID().toString().substring(0, 8)))
                    .post("/api/v1/pipeline/stages")
                    .statusCode());
    expect(
        "PATCH /pipeline/stages/{key}",
        List.of("admin"),
        200,
        r ->
            as ->
                as.body("{\"label\": \"Proposal\"}")
                    .patch("/api/v1/pipeline/stages/proposal")
                    .statusCode());
    expect(
        "GET /exchange-rates",
        ROLES,
        200,
        r -> as -> as.get("/api/v1/exchange-rates").statusCode());
    expect(
        "PUT /exchange-rates/{currency}/{month}",
        List.of("admin", "finance"),
        200,
        r ->
            as -> {
              int status =
                  as.body("{\"currency\": \"NOK\", \"month\": \"2030-01\", \"rate\": \"0.09\"}")
                      .put("/api/v1/exchange-rates/NOK/2030-01")
                      .statusCode();
              return status == 201 ? 200 : status;
            });
    assertThat(mismatches).isEmpty();
  }

  @Test
  void forecastEndpoints() {
    String call =
        "{\"commit\": {\"amount\": \"1\", \"currency\": \"USD\"}, \"bestCase\": {\"amount\": \"2\", \"currency\": \"USD\"}}";
    expect(
        "GET /forecasts/{period}",
        ROLES,
        200,
        r ->
            as ->
                as.queryParam("staffId", owner.idString())
                    .get("/api/v1/forecasts/2026-Q4")
                    .statusCode());
    expect(
        "POST /forecasts/{period}/submissions",
        List.of("director", "manager"),
        201,
        r -> as -> as.body(call).post("/api/v1/forecasts/2026-Q4/submissions").statusCode());
    expect(
        "GET /forecasts/{period}/submissions",
        ROLES,
        200,
        r ->
            as ->
                as.queryParam("staffId", owner.idString())
                    .get("/api/v1/forecasts/2026-Q4/submissions")
                    .statusCode());
    expect(
        "POST /forecasts/{period}/adjustments",
        List.of("admin", "director"),
        201,
        r ->
            as ->
                as.body(
                        "{\"staffId\": \"%s\", \"commit\": {\"amount\": \"1\", \"currency\": \"USD\"}, \"bestCase\": {\"amount\": \"1\", \"currency\": \"USD\"}, \"reason\": \"r\"}"
                            .formatted(owner.id()))
                    .post("/api/v1/forecasts/2026-Q4/adjustments")
                    .statusCode());
    expect(
        "GET /forecasts/{period}/adjustments",
        ROLES,
        200,
        r ->
            as ->
                as.queryParam("staffId", owner.idString())
                    .get("/api/v1/forecasts/2026-Q4/adjustments")
                    .statusCode());
    expect(
        "GET /forecasts/accuracy",
        ROLES,
        200,
        r ->
            as ->
                as.queryParam("from", "2025-Q1")
                    .queryParam("to", "2025-Q2")
                    .queryParam("staffId", owner.idString())
                    .get("/api/v1/forecasts/accuracy")
                    .statusCode());
    expect(
        "POST /forecasts/{period}/snapshots",
        List.of("admin", "director"),
        200,
        r -> as -> as.post("/api/v1/forecasts/2038-Q1/snapshots").statusCode());
    expect(
        "GET /forecasts/{period}/snapshots",
        ROLES,
        200,
        r ->
            as ->
                as.queryParam("staffId", owner.idString())
                    .get("/api/v1/forecasts/2038-Q1/snapshots")
                    .statusCode());
    assertThat(mismatches).isEmpty();
  }

  private static final List<String> FINANCE_READERS =
      List.of("admin", "director", "manager", "finance", "executive");
  private static final List<String> FINANCE_WRITERS = List.of("admin", "finance");
  private static final java.util.concurrent.atomic.AtomicInteger BUDGET_MONTH =
      new java.util.concurrent.atomic.AtomicInteger();

  private String freshEntry(String ledger) {
    String body =
        ledger.equals("revenue")
            ? "{\"date\": \"2026-01-05\", \"amount\": {\"amount\": \"10\", \"currency\": \"USD\"}}"
            : "{\"date\": \"2026-01-05\", \"category\": \"travel\", \"amount\": {\"amount\": \"10\", \"currency\": \"USD\"}}";
    return Api.as(callers.get("finance"))
        .body(body)
        .post("/api/v1/accounts/" + account + "/" + ledger)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A budget body for a month no other call of this test has used, so budgets never overlap. */
  private static String budgetBody() {
    java.time.YearMonth month =
        java.time.YearMonth.of(2050, 1).plusMonths(BUDGET_MONTH.getAndIncrement());
    return "{\"period\": \"%s\", \"revenue\": {\"amount\": \"10\", \"currency\": \"USD\"}}"
        .formatted(month);
  }

  private String freshBudget() {
    return Api.as(callers.get("finance"))
        .body(budgetBody())
        .post("/api/v1/accounts/" + account + "/budgets")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void pnlEndpoints() {
    String accountPath = "/api/v1/accounts/" + account;
    for (String ledger : List.of("revenue", "costs")) {
      String entry = freshEntry(ledger);
      String body =
          ledger.equals("revenue")
              ? "{\"date\": \"2026-01-05\", \"amount\": {\"amount\": \"10\", \"currency\": \"USD\"}}"
              : "{\"date\": \"2026-01-05\", \"category\": \"media\", \"amount\": {\"amount\": \"10\", \"currency\": \"USD\"}}";
      expect(
          "GET /accounts/{id}/" + ledger,
          FINANCE_READERS,
          200,
          r -> as -> as.get(accountPath + "/" + ledger).statusCode());
      expect(
          "POST /accounts/{id}/" + ledger,
          FINANCE_WRITERS,
          201,
          r -> as -> as.body(body).post(accountPath + "/" + ledger).statusCode());
      expect(
          "GET /accounts/{id}/" + ledger + "/{entryId}",
          FINANCE_READERS,
          200,
          r -> as -> as.get(accountPath + "/" + ledger + "/" + entry).statusCode());
      expect(
          "POST /accounts/{id}/" + ledger + "/{entryId}/reversal",
          FINANCE_WRITERS,
          201,
          r ->
              as ->
                  as.body("{}")
                      .post(accountPath + "/" + ledger + "/" + freshEntry(ledger) + "/reversal")
                      .statusCode());
    }
    String budget = freshBudget();
    expect(
        "GET /accounts/{id}/budgets",
        FINANCE_READERS,
        200,
        r -> as -> as.get(accountPath + "/budgets").statusCode());
    expect(
        "POST /accounts/{id}/budgets",
        FINANCE_WRITERS,
        201,
        r -> as -> as.body(budgetBody()).post(accountPath + "/budgets").statusCode());
    expect(
        "GET /accounts/{id}/budgets/{budgetId}",
        FINANCE_READERS,
        200,
        r -> as -> as.get(accountPath + "/budgets/" + budget).statusCode());
    expect(
        "PATCH /accounts/{id}/budgets/{budgetId}",
        FINANCE_WRITERS,
        200,
        r ->
            as ->
                as.body("{\"revenue\": {\"amount\": \"11\", \"currency\": \"USD\"}}")
                    .patch(accountPath + "/budgets/" + budget)
                    .statusCode());
    expect(
        "DELETE /accounts/{id}/budgets/{budgetId}",
        FINANCE_WRITERS,
        204,
        r -> as -> as.delete(accountPath + "/budgets/" + freshBudget()).statusCode());
    expect(
        "GET /accounts/{id}/pnl",
        FINANCE_READERS,
        200,
        r ->
            as ->
                as.queryParam("from", "2026-01")
                    .queryParam("to", "2026-03")
                    .get(accountPath + "/pnl")
                    .statusCode());
    expect(
        "GET /pnl",
        FINANCE_READERS,
        200,
        r ->
            as ->
                as.queryParam("from", "2031-01")
                    .queryParam("to", "2031-03")
                    .get("/api/v1/pnl")
                    .statusCode());
    assertThat(mismatches).isEmpty();
  }

  private String freshInvoice(boolean issue) {
    String id =
        Api.as(callers.get("finance"))
            .body(
                """
                {"number": "%s", "accountId": "%s", "issueDate": "2026-01-15", "dueDate": "2026-02-14",
                 "amount": {"amount": "100.00", "currency": "USD"}}
                """
                    .formatted(Fixtures.unique("M"), account))
            .post("/api/v1/invoices")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    if (issue) {
      Api.as(callers.get("finance"))
          .post("/api/v1/invoices/" + id + "/issue")
          .then()
          .statusCode(200);
    }
    return id;
  }

  @Test
  void invoiceEndpoints() {
    String invoice = freshInvoice(true);
    expect(
        "GET /invoices", FINANCE_READERS, 200, r -> as -> as.get("/api/v1/invoices").statusCode());
    expect(
        "POST /invoices",
        FINANCE_WRITERS,
        201,
        r ->
            as ->
                as.body(
                        """
                        {"number": "%s", "accountId": "%s", "issueDate": "2026-01-15", "dueDate": "2026-02-14",
                         "amount": {"amount": "1.00", "currency": "USD"}}
                        """
                            .formatted(Fixtures.unique("M"), account))
                    .post("/api/v1/invoices")
                    .statusCode());
    expect(
        "GET /invoices/{id}",
        FINANCE_READERS,
        200,
        r -> as -> as.get("/api/v1/invoices/" + invoice).statusCode());
    expect(
        "PATCH /invoices/{id}",
        FINANCE_WRITERS,
        200,
        r ->
            as ->
                as.body("{\"description\": \"changed\"}")
                    .patch("/api/v1/invoices/" + freshInvoice(false))
                    .statusCode());
    expect(
        "DELETE /invoices/{id}",
        FINANCE_WRITERS,
        204,
        r -> as -> as.delete("/api/v1/invoices/" + freshInvoice(false)).statusCode());
    expect(
        "POST /invoices/{id}/issue",
        FINANCE_WRITERS,
        200,
        r -> as -> as.post("/api/v1/invoices/" + freshInvoice(false) + "/issue").statusCode());
    expect(
        "POST /invoices/{id}/void",
        FINANCE_WRITERS,
        200,
        r ->
            as ->
                as.body("{}")
                    .post("/api/v1/invoices/" + freshInvoice(true) + "/void")
                    .statusCode());
    expect(
        "POST /invoices/{id}/write-off",
        FINANCE_WRITERS,
        200,
        r ->
            as ->
                as.body("{}")
                    .post("/api/v1/invoices/" + freshInvoice(true) + "/write-off")
                    .statusCode());
    expect(
        "POST /invoices/{id}/payments",
        FINANCE_WRITERS,
        201,
        r ->
            as ->
                as.body(
                        "{\"date\": \"2026-02-01\", \"amount\": {\"amount\": \"1.00\", \"currency\": \"USD\"}}")
                    .post("/api/v1/invoices/" + invoice + "/payments")
                    .statusCode());
    expect(
        "GET /receivables/aging",
        FINANCE_READERS,
        200,
        r ->
            as ->
                as.queryParam("asOf", "2026-03-01").get("/api/v1/receivables/aging").statusCode());
    assertThat(mismatches).isEmpty();
  }

  @Test
  void quotaEndpoints() {
    expect(
        "GET /quotas",
        ROLES,
        200,
        r -> as -> as.queryParam("period", "2026").get("/api/v1/quotas").statusCode());
    expect(
        "PUT /quotas/periods/{period}",
        List.of("admin", "director"),
        200,
        r ->
            as ->
                as.body(
                        "{\"quotas\": [{\"staffId\": \"%s\", \"amount\": {\"amount\": \"10\", \"currency\": \"USD\"}}]}"
                            .formatted(owner.id()))
                    .put("/api/v1/quotas/periods/2026-Q4")
                    .statusCode());
    assertThat(mismatches).isEmpty();
  }

  /**
   * The review endpoints whose answer depends on the role alone. A single review's endpoints answer
   * by where the caller stands towards it: ReviewVisibilityTest and ReviewWorkflowTest check those
   * for every kind of caller.
   */
  @Test
  void reviewEndpoints() {
    List<String> participants = List.of("admin", "director", "manager", "finance", "executive");
    expect("GET /reviews", participants, 200, r -> as -> as.get("/api/v1/reviews").statusCode());
    expect(
        "GET /reviews/competencies",
        participants,
        200,
        r -> as -> as.get("/api/v1/reviews/competencies").statusCode());
    expect(
        "GET /reviews/competencies/{key}",
        participants,
        200,
        r -> as -> as.get("/api/v1/reviews/competencies/leadership").statusCode());
    expect(
        "POST /reviews/competencies",
        List.of("admin"),
        201,
        r ->
            as ->
                as.body(
                        "{\"key\": \"k%s\", \"label\": \"Matrix\", \"position\": 500}"
                            .formatted(UUID.randomUUID().toString().replace("-", "")))
                    .post("/api/v1/reviews/competencies")
                    .statusCode());
    expect(
        "PATCH /reviews/competencies/{key}",
        List.of("admin"),
        200,
        r ->
            as ->
                as.contentType("application/merge-patch+json")
                    .body("{\"label\": \"Leadership\"}")
                    .patch("/api/v1/reviews/competencies/leadership")
                    .statusCode());
    TestStaff director = callers.get("director");
    expect(
        "POST /reviews",
        List.of("admin", "director"),
        201,
        r ->
            as ->
                as.body(
                        "{\"revieweeId\": \"%s\", \"cycle\": \"2026\"}"
                            .formatted(fixtures.staff("manager", director).id()))
                    .post("/api/v1/reviews")
                    .statusCode());
    expect(
        "POST /reviews/cycles/{period}",
        List.of("admin", "director"),
        200,
        r -> as -> as.post("/api/v1/reviews/cycles/2026-Q1").statusCode());
    assertThat(mismatches).isEmpty();
  }

  @Test
  void accountUpserts() {
    expect(
        "PUT /accounts/by-external/{source}/{externalId}",
        WRITERS,
        201,
        r ->
            as ->
                as.body("{\"name\": \"Synced\"}")
                    .put("/api/v1/accounts/by-external/matrix/" + Fixtures.unique("ext"))
                    .statusCode());
    expect(
        "POST /sync/accounts",
        WRITERS,
        200,
        r ->
            as ->
                as.body(
                        "{\"source\": \"matrix\", \"records\": [{\"externalId\": \"%s\", \"name\": \"Synced\"}]}"
                            .formatted(Fixtures.unique("ext")))
                    .post("/api/v1/sync/accounts")
                    .statusCode());
    assertThat(mismatches).isEmpty();
  }

  @Test
  void contactUpserts() {
    String contact = "{\"accountId\": \"%s\", \"name\": \"Synced contact\"}".formatted(account);
    expect(
        "PUT /contacts/by-external/{source}/{externalId}",
        WRITERS,
        201,
        r ->
            as ->
                as.body(contact)
                    .put("/api/v1/contacts/by-external/matrix/" + Fixtures.unique("con"))
                    .statusCode());
    expect(
        "POST /sync/contacts",
        WRITERS,
        200,
        r ->
            as ->
                as.body(
                        "{\"source\": \"matrix\", \"records\": [%s]}"
                            .formatted(
                                contact.replace(
                                    "{", "{\"externalId\": \"" + Fixtures.unique("con") + "\", ")))
                    .post("/api/v1/sync/contacts")
                    .statusCode());
    assertThat(mismatches).isEmpty();
  }

  @Test
  void opportunityUpserts() {
    String deal =
        """
        {"accountId": "%s", "name": "Synced deal", "stage": "proposal",
         "amount": {"amount": "100.00", "currency": "EUR"}, "closeDate": "2026-12-01"}
        """
            .formatted(account);
    expect(
        "PUT /opportunities/by-external/{source}/{externalId}",
        WRITERS,
        201,
        r ->
            as ->
                as.body(deal)
                    .put("/api/v1/opportunities/by-external/matrix/" + Fixtures.unique("opp"))
                    .statusCode());
    expect(
        "POST /sync/opportunities",
        WRITERS,
        200,
        r ->
            as ->
                as.body(
                        "{\"source\": \"matrix\", \"records\": [%s]}"
                            .formatted(
                                deal.replace(
                                    "{\"accountId\"",
                                    "{\"externalId\": \""
                                        + Fixtures.unique("opp")
                                        + "\", \"accountId\"")))
                    .post("/api/v1/sync/opportunities")
                    .statusCode());
    assertThat(mismatches).isEmpty();
  }

  @Test
  void changeFeed() {
    expect(
        "GET /changes",
        ROLES,
        200,
        r -> as -> as.queryParam("limit", 1).get("/api/v1/changes").statusCode());
    assertThat(mismatches).isEmpty();
  }
}
