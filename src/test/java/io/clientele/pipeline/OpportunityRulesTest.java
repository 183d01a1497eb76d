package io.clientele.pipeline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each pipeline rule, broken (a problem naming the field) and kept. */
@QuarkusTest
class OpportunityRulesTest {
  static final String DEALS = "/api/v1/opportunities";
  @Inject Fixtures fixtures;
  TestStaff max;
  UUID account;

  @BeforeEach
  void world() {
    max = fixtures.staff("manager");
    account = fixtures.account(Fixtures.unique("Deals"), max);
  }

  private String body(String stage, String extra) {
    return """
        {"accountId": "%s", "name": "Deal", "stage": "%s", "amount": {"amount": "1000.00", "currency": "EUR"},
         "closeDate": "2026-12-15"%s}
        """
        .formatted(account, stage, extra.isEmpty() ? "" : ", " + extra);
  }

  private ValidatableResponse post(String json) {
    return Api.as(max).body(json).post(DEALS).then();
  }

  private String create(String stage, String extra) {
    return post(body(stage, extra)).statusCode(201).extract().path("id");
  }

  private ValidatableResponse patch(String id, String json) {
    return Api.as(max).body(json).patch(DEALS + "/" + id).then();
  }

  private static void invalid(ValidatableResponse response, String field) {
    response.statusCode(422).body("errors[0].field", equalTo(field));
  }

  @Test
  void aNewDealTakesItsStageDefaultsAndTheCallerAsOwner() {
    post(body("proposal", "\"type\": \"renewal\", \"source\": \"referral\""))
        .statusCode(201)
        .body("probability", equalTo(50))
        .body("forecastCategory", equalTo("best_case"))
        .body("ownerId", equalTo(max.idString()))
        .body("closedDate", nullValue())
        .body("amount.amount", equalTo("1000.00"))
        .body("type", equalTo("renewal"))
        .body("version", equalTo(0));
  }

  @Test
  void amountsAreNonNegativeInAKnownCurrency() {
    invalid(post(body("proposal", "").replace("\"1000.00\"", "\"-1\"")), "amount.amount");
    invalid(post(body("proposal", "").replace("EUR", "EUX")), "amount.currency");
    invalid(post(body("proposal", "").replace("\"1000.00\"", "\"10.001\"")), "amount");
  }

  @Test
  void anOpenDealNeedsAnExpectedCloseDate() {
    invalid(
        post(body("proposal", "").replace("\"closeDate\": \"2026-12-15\"", "\"closeDate\": null")),
        "closeDate");
    String id = create("proposal", "");
    invalid(patch(id, "{\"closeDate\": null}"), "closeDate");
  }

  @Test
  void winningSetsClosedDateProbability100AndCategoryClosed() {
    String id = create("negotiation", "\"probability\": 60");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    patch(id, "{\"stage\": \"closed_won\"}")
        .statusCode(200)
        .body("probability", equalTo(100))
        .body("forecastCategory", equalTo("closed"))
        .body("closedDate", equalTo(today))
        .body("closeDate", equalTo(today));
    String other = create("negotiation", "");
    patch(other, "{\"stage\": \"closed_won\", \"closeDate\": \"2026-11-30\"}")
        .statusCode(200)
        .body("closeDate", equalTo("2026-11-30"))
        .body("closedDate", equalTo(today));
    invalid(
        patch(create("negotiation", ""), "{\"stage\": \"closed_won\", \"probability\": 80}"),
        "probability");
    invalid(
        patch(
            create("negotiation", ""),
            "{\"stage\": \"closed_won\", \"forecastCategory\": \"best_case\"}"),
        "forecastCategory");
  }

  @Test
  void losingNeedsALostReasonAndSetsProbability0AndCategoryOmitted() {
    String id = create("proposal", "");
    invalid(patch(id, "{\"stage\": \"closed_lost\"}"), "lostReason");
    invalid(patch(id, "{\"stage\": \"closed_lost\", \"lostReason\": \"  \"}"), "lostReason");
    patch(id, "{\"stage\": \"closed_lost\", \"lostReason\": \"Budget cut\"}")
        .statusCode(200)
        .body("probability", equalTo(0))
        .body("forecastCategory", equalTo("omitted"))
        .body("lostReason", equalTo("Budget cut"))
        .body("closedDate", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
    // reopening drops the reason and the closed date, and takes the stage defaults again
    patch(id, "{\"stage\": \"qualification\", \"closeDate\": \"2027-01-31\"}")
        .statusCode(200)
        .body("lostReason", nullValue())
        .body("closedDate", nullValue())
        .body("probability", equalTo(20))
        .body("forecastCategory", equalTo("pipeline"));
    invalid(patch(id, "{\"lostReason\": \"why not\"}"), "lostReason");
  }

  @Test
  void everyBrokenRuleIsNamedAtOnce() {
    post("""
            {"accountId": "%s", "name": "Deal", "stage": "nope",
             "amount": {"amount": "-5.00", "currency": "EUR"}, "closeDate": "2026-12-15"}
            """
            .formatted(UUID.randomUUID()))
        .statusCode(422)
        .body("errors.field", contains("accountId", "amount.amount", "stage"));
    String id = create("proposal", "");
    patch(
            id,
            "{\"stage\": \"closed_won\", \"probability\": 80, \"forecastCategory\": \"commit\", \"lostReason\": \"x\"}")
        .statusCode(422)
        .body("detail", equalTo("The request has 3 invalid fields"))
        .body("errors.field", contains("forecastCategory", "lostReason", "probability"));
    Api.as(max).get(DEALS + "/" + id).then().body("stage", equalTo("proposal"));
  }

  @Test
  void aWonDealReopenedTakesTheNewStagesCategory() {
    String id = create("negotiation", "");
    patch(id, "{\"stage\": \"closed_won\"}")
        .statusCode(200)
        .body("forecastCategory", equalTo("closed"));
    // the caller sends no category: it follows the stage, as reopening a lost deal does
    patch(id, "{\"stage\": \"proposal\", \"closeDate\": \"2027-01-31\"}")
        .statusCode(200)
        .body("forecastCategory", equalTo("best_case"))
        .body("probability", equalTo(50))
        .body("closedDate", nullValue());
    invalid(
        patch(id, "{\"stage\": \"negotiation\", \"forecastCategory\": \"closed\"}"),
        "forecastCategory");
  }

  @Test
  void probabilityDefaultsFromTheStageAndMayBeOverridden() {
    String id = create("proposal", "\"probability\": 30");
    Api.as(max).get(DEALS + "/" + id).then().body("probability", equalTo(30));
    patch(id, "{\"stage\": \"negotiation\"}").statusCode(200).body("probability", equalTo(75));
    patch(id, "{\"stage\": \"proposal\", \"probability\": 60}")
        .statusCode(200)
        .body("probability", equalTo(60));
    patch(id, "{\"probability\": 65}").statusCode(200).body("probability", equalTo(65));
    invalid(patch(id, "{\"probability\": 101}"), "probability");
    invalid(patch(id, "{\"probability\": -1}"), "probability");
    invalid(patch(id, "{\"probability\": 50.5}"), "probability");
  }

  @Test
  void forecastCategoryDefaultsFromTheStageAndClosedIsForWonDealsOnly() {
    String id = create("proposal", "\"forecastCategory\": \"commit\"");
    Api.as(max).get(DEALS + "/" + id).then().body("forecastCategory", equalTo("commit"));
    invalid(patch(id, "{\"forecastCategory\": \"closed\"}"), "forecastCategory");
    invalid(patch(id, "{\"forecastCategory\": \"maybe\"}"), "forecastCategory");
    patch(id, "{\"stage\": \"qualification\"}")
        .statusCode(200)
        .body("forecastCategory", equalTo("pipeline"));
  }

  @Test
  void unknownAndRetiredStagesAreRefused() {
    invalid(post(body("dreaming", "")), "stage");
    String key = "retired_" + Fixtures.unique("s").replace("-", "_");
    TestStaff admin = fixtures.staff("admin");
    Api.as(admin)
        .body(
            "{\"key\": \"%s\", \"label\": \"Old\", \"position\": 5, \"defaultProbability\": 5, \"forecastCategory\": \"pipeline\"}"
                .formatted(key))
        .post("/api/v1/pipeline/stages")
        .then()
        .statusCode(201);
    String id = create(key, "");
    Api.as(admin)
        .body("{\"retired\": true}")
        .patch("/api/v1/pipeline/stages/" + key)
        .then()
        .statusCode(200);
    invalid(post(body(key, "")), "stage");
    // a deal already there may stay and change other fields
    patch(id, "{\"name\": \"Still here\"}").statusCode(200).body("stage", equalTo(key));
  }

  @Test
  void theAccountMustExistAndBeVisible() {
    UUID foreign = fixtures.account(Fixtures.unique("Foreign"), fixtures.staff("manager"));
    invalid(
        post(body("proposal", "").replace(account.toString(), foreign.toString())), "accountId");
    invalid(
        post(body("proposal", "").replace(account.toString(), UUID.randomUUID().toString())),
        "accountId");
    invalid(
        post(body("proposal", "").replace("\"accountId\": \"" + account + "\", ", "")),
        "accountId");
  }

  @Test
  void managersOwnOnlyTheirDealsAndDirectorsAssignWithinTheirTeam() {
    TestStaff director = fixtures.staff("director");
    TestStaff report = fixtures.staff("manager", director);
    TestStaff stranger = fixtures.staff("manager");
    UUID reportsAccount = fixtures.account(Fixtures.unique("Reports"), report);
    invalid(post(body("proposal", "\"ownerId\": \"%s\"".formatted(stranger.id()))), "ownerId");
    String json =
        body("proposal", "\"ownerId\": \"%s\"".formatted(report.id()))
            .replace(account.toString(), reportsAccount.toString());
    String id =
        Api.as(director)
            .body(json)
            .post(DEALS)
            .then()
            .statusCode(201)
            .body("ownerId", equalTo(report.idString()))
            .extract()
            .path("id");
    invalid(
        Api.as(director)
            .body("{\"ownerId\": \"%s\"}".formatted(stranger.id()))
            .patch(DEALS + "/" + id)
            .then(),
        "ownerId");
    invalid(
        Api.as(report)
            .body("{\"ownerId\": \"%s\"}".formatted(director.id()))
            .patch(DEALS + "/" + id)
            .then(),
        "ownerId");
  }

  @Test
  void readOnlyFieldsAreRefused() {
    String id = create("proposal", "");
    invalid(patch(id, "{\"closedDate\": \"2026-01-01\"}"), "closedDate");
    invalid(patch(id, "{\"id\": \"%s\"}".formatted(UUID.randomUUID())), "id");
    invalid(post(body("proposal", "\"version\": 3")), "version");
  }
}
