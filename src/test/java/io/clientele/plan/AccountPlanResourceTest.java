package io.clientele.plan;

import static io.clientele.plan.PlanFixtures.aPlan;
import static io.clientele.plan.PlanFixtures.manualKpi;
import static io.clientele.plan.PlanFixtures.plan;
import static io.clientele.plan.PlanFixtures.plans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating, reading, changing and deleting account plans, and the bad input they refuse. */
@QuarkusTest
class AccountPlanResourceTest {
  private static final String MERGE_PATCH = "application/merge-patch+json";

  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff manager;
  TestStaff teammate;
  UUID account;

  @BeforeEach
  void world() {
    director = fixtures.staff("director");
    manager = fixtures.staff("manager", director);
    teammate = fixtures.staff("manager");
    account = fixtures.account(Fixtures.unique("Planned"), manager);
    Api.as(director)
        .body("{\"role\": \"strategist\"}")
        .put("/api/v1/accounts/" + account + "/team/" + teammate.id())
        .then()
        .statusCode(201);
  }

  @Test
  void aManagerPlansAYearAndEveryoneWhoSeesTheAccountReadsIt() {
    ExtractableResponse<Response> created =
        Api.as(manager)
            .body(
                """
                {"fiscalYear": 2027, "summary": "Grow into EMEA media", "status": "draft",
                 "objectives": [
                   {"title": "Win the EMEA media brief", "description": "With the London team",
                    "ownerId": "%s", "dueDate": "2027-06-30", "status": "on_track"},
                   {"title": "Renew the retail SOW", "ownerId": "%s"}],
                 "kpis": [
                   {"name": "Campaigns launched", "unit": "number", "target": "12", "actual": "5"},
                   {"name": "Share of wallet", "kind": "manual", "unit": "percent",
                    "target": "35.5", "direction": "higher"}]}
                """
                    .formatted(manager.id(), teammate.id()))
            .post(plans(account))
            .then()
            .statusCode(201)
            .body("accountId", equalTo(account.toString()))
            .body("fiscalYear", equalTo(2027))
            .body("start", equalTo("2027-01-01"))
            .body("end", equalTo("2027-12-31"))
            .body("status", equalTo("draft"))
            .body("currency", equalTo("USD"))
            .body("summary", equalTo("Grow into EMEA media"))
            .body("objectives.title", contains("Win the EMEA media brief", "Renew the retail SOW"))
            .body("objectives[0].dueDate", equalTo("2027-06-30"))
            .body("objectives[1].status", equalTo("not_started"))
            .body("objectives[1].ownerId", equalTo(teammate.idString()))
            .body("kpis[0].kind", equalTo("manual"))
            .body("kpis[0].direction", equalTo("higher"))
            .body("kpis[0].actual", equalTo("5"))
            // 5 of 12 campaigns: 0.41666... = 0.4167
            .body("kpis[0].progress", equalTo(0.4167f))
            .body("kpis[1].target", equalTo("35.5"))
            .body("kpis[1].actual", nullValue())
            .body("kpis[1].progress", nullValue())
            .body("transitions", empty())
            .body("allowedTransitions", empty())
            .body("version", equalTo(0))
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith(plans(account) + "/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    for (TestStaff reader :
        List.of(director, teammate, fixtures.staff("finance"), fixtures.staff("executive"))) {
      Api.as(reader)
          .get(plan(account, id))
          .then()
          .statusCode(200)
          .body("summary", equalTo("Grow into EMEA media"))
          .body("objectives", hasSize(2));
    }
    // the director moves plans, the manager does not
    Api.as(director).get(plan(account, id)).then().body("allowedTransitions", contains("active"));
    Api.as(manager).get(plan(account, id)).then().body("allowedTransitions", empty());
    // someone of another team, and an integration, do not
    TestStaff stranger = fixtures.staff("manager", fixtures.staff("director"));
    Api.as(stranger).get(plan(account, id)).then().statusCode(404);
    Api.as(stranger).get(plans(account)).then().statusCode(404);
    Api.as(fixtures.staff("integration")).get(plan(account, id)).then().statusCode(403);
    Api.as(fixtures.staff("finance"))
        .body(aPlan().year(2030).body())
        .post(plans(account))
        .then()
        .statusCode(403);
  }

  @Test
  void aPatchMergesReplacesListsWholeAndMovesTheVersion() {
    String id =
        aPlan()
            .on(account)
            .summary("First")
            .objective("{\"title\": \"One\", \"status\": \"on_track\"}")
            .objective("{\"title\": \"Two\"}")
            .kpi(manualKpi("Workshops", "number", "4", "1", "higher"))
            .create(manager);
    Api.as(manager)
        .header("If-Match", "\"0\"")
        .contentType(MERGE_PATCH)
        .body(
            """
            {"objectives": [{"title": "Three", "status": "at_risk", "dueDate": "2027-09-30"}],
             "kpis": [%s]}
            """
                .formatted(manualKpi("Days to answer a brief", "number", "10", "8", "lower")))
        .patch(plan(account, id))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("version", equalTo(1))
        .body("summary", equalTo("First"))
        .body("objectives.title", contains("Three"))
        .body("objectives[0].status", equalTo("at_risk"))
        .body("kpis.name", contains("Days to answer a brief"))
        // lower is better: (2 x 10 - 8) / 10 = 1.2
        .body("kpis[0].progress", equalTo(1.2f));
    assertThat(
            fixtures.count(
                "select count(*) from plan_objective where plan_id = ?1", UUID.fromString(id)))
        .isEqualTo(1);
    // a patch that changes nothing keeps the version
    Api.as(manager)
        .contentType(MERGE_PATCH)
        .body("{\"summary\": \"First\"}")
        .patch(plan(account, id))
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
    // the summary alone; null clears the objectives
    Api.as(manager)
        .contentType(MERGE_PATCH)
        .body("{\"summary\": \"Second\", \"objectives\": null}")
        .patch(plan(account, id))
        .then()
        .statusCode(200)
        .body("version", equalTo(2))
        .body("summary", equalTo("Second"))
        .body("objectives", empty())
        .body("kpis", hasSize(1));
    Api.as(manager)
        .header("If-Match", "\"1\"")
        .contentType(MERGE_PATCH)
        .body("{\"summary\": \"Late\"}")
        .patch(plan(account, id))
        .then()
        .statusCode(412);
    // the year and status are not patched
    Api.as(manager)
        .contentType(MERGE_PATCH)
        .body("{\"fiscalYear\": 2028, \"status\": \"active\"}")
        .patch(plan(account, id))
        .then()
        .statusCode(422)
        .body("errors.field", contains("fiscalYear", "status"));
    Api.as(manager).header("If-None-Match", "\"2\"").get(plan(account, id)).then().statusCode(304);
  }

  @Test
  void progressIsWorkedOutAsTheContractSays() {
    String id =
        aPlan()
            .on(account)
            .kpi(manualKpi("Campaigns", "number", "12", "5", "higher"))
            .kpi(manualKpi("Over target", "number", "12", "18", "higher"))
            .kpi(manualKpi("Days to answer", "number", "10", "8", "lower"))
            .kpi(manualKpi("Days far over", "number", "10", "25", "lower"))
            .kpi(manualKpi("Nothing to reach", "number", "0", "3", "higher"))
            .kpi(manualKpi("Churned", "percent", "2.5", "2.5", "lower"))
            .kpi(manualKpi("Fees", "money", "1000", "250.5", "higher"))
            .create(manager);
    JsonPath kpis =
        Api.as(manager).get(plan(account, id)).then().statusCode(200).extract().jsonPath();
    // 5 / 12 = 0.41666 -> 0.4167; 18 / 12 = 1.5 (not capped); (20 - 8) / 10 = 1.2;
    // (20 - 25) / 10 = -0.5 -> 0; target 0 -> null; (5 - 2.5) / 2.5 = 1; 250.5 / 1000 = 0.2505
    assertThat(kpis.getList("kpis.progress", Float.class))
        .containsExactly(0.4167f, 1.5f, 1.2f, 0f, null, 1f, 0.2505f);
    // money is shown at the reporting currency's decimals, other units as entered
    assertThat(kpis.getList("kpis.target", String.class))
        .containsExactly("12", "12", "10", "10", "0", "2.5", "1000.00");
    assertThat(kpis.getString("kpis[6].actual")).isEqualTo("250.50");
  }

  @Test
  void oneLivePlanPerAccountAndYear() {
    String first = aPlan().on(account).year(2031).create(manager);
    Api.as(director)
        .body(aPlan().year(2031).body())
        .post(plans(account))
        .then()
        .statusCode(409)
        .body("detail", containsString(plans(account) + "/" + first));
    // another year, and another account's same year, are free
    aPlan().on(account).year(2032).create(manager);
    UUID other = fixtures.account(Fixtures.unique("Other"), manager);
    aPlan().on(other).year(2031).create(manager);
    // once deleted, the year may be planned again
    Api.as(manager).delete(plan(account, first)).then().statusCode(204);
    Api.as(manager).get(plan(account, first)).then().statusCode(404);
    String again = aPlan().on(account).year(2031).create(manager);
    assertThat(again).isNotEqualTo(first);
    assertThat(
            fixtures.count(
                "select count(*) from account_plan where account_id = ?1 and fiscal_year = 2031",
                account))
        .as("the deleted plan stays, soft-deleted")
        .isEqualTo(2);
  }

  @Test
  void theListFiltersByYearAndStatusAndPages() {
    String y2033 = aPlan().on(account).year(2033).create(manager);
    String y2034 = aPlan().on(account).year(2034).create(manager);
    String y2035 = aPlan().on(account).year(2035).create(manager);
    PlanFixtures.move(director, account, y2034, "activate");
    Api.as(manager)
        .get(plans(account))
        .then()
        .statusCode(200)
        .body("items.id", contains(y2035, y2034, y2033));
    Api.as(manager)
        .queryParam("sort", "fiscalYear")
        .queryParam("limit", 2)
        .get(plans(account))
        .then()
        .body("items.id", contains(y2033, y2034))
        .body("nextCursor", notNullValue());
    String cursor =
        Api.as(manager)
            .queryParam("sort", "fiscalYear")
            .queryParam("limit", 2)
            .get(plans(account))
            .then()
            .extract()
            .path("nextCursor");
    Api.as(manager)
        .queryParam("sort", "fiscalYear")
        .queryParam("limit", 2)
        .queryParam("cursor", cursor)
        .get(plans(account))
        .then()
        .body("items.id", contains(y2035))
        .body("nextCursor", nullValue());
    Api.as(manager)
        .queryParam("fiscalYear", 2033)
        .get(plans(account))
        .then()
        .body("items.id", contains(y2033));
    Api.as(manager)
        .queryParam("status", "active")
        .get(plans(account))
        .then()
        .body("items.id", contains(y2034));
    Api.as(manager)
        .queryParam("status", "draft")
        .queryParam("status", "closed")
        .get(plans(account))
        .then()
        .body("items.id", contains(y2035, y2033));
    Api.as(manager).queryParam("status", "open").get(plans(account)).then().statusCode(400);
    Api.as(manager).queryParam("fiscalYear", "twenty").get(plans(account)).then().statusCode(400);
  }

  @Test
  void badObjectivesAndKpisAre422NamingEveryFieldAndWriteNothing() {
    TestStaff otherTeams = fixtures.staff("manager", fixtures.staff("director"));
    Api.as(manager)
        .body(
            """
            {"fiscalYear": 2036,
             "objectives": [
               {"title": "Owned by a stranger", "ownerId": "%s"},
               {"title": "Owned by nobody we know", "ownerId": "%s"},
               {"title": "Odd status", "status": "nearly_done"}],
             "kpis": [
               {"name": "Percent sign", "unit": "percent", "target": "12.5%%"},
               {"name": "Not a decimal", "unit": "number", "target": "twelve"},
               {"name": "Revenue as a number", "kind": "revenue", "unit": "number", "target": "10"},
               {"name": "Won with an actual", "kind": "won", "unit": "money", "target": "10",
                "actual": "4.00"},
               {"name": "Cents of a cent", "unit": "money", "target": "10.001"},
               {"name": "Negative", "unit": "number", "target": "-1"},
               {"name": "A JSON number", "unit": "number", "target": 12},
               {"name": "Odd kind", "kind": "forecast", "unit": "number", "target": "1"}]}
            """
                .formatted(otherTeams.id(), UUID.randomUUID()))
        .post(plans(account))
        .then()
        .statusCode(422)
        .body(
            "errors.field",
            contains(
                "kpis[0].target",
                "kpis[1].target",
                "kpis[6].target",
                "kpis[7].kind",
                "objectives[2].status"));
    // the rules past reading are checked once the body reads
    Api.as(manager)
        .body(
            """
            {"fiscalYear": 2036,
             "objectives": [
               {"title": "Owned by a stranger", "ownerId": "%s"},
               {"title": "Owned by nobody we know", "ownerId": "%s"},
               {"title": "Owned by the account's teammate", "ownerId": "%s"}],
             "kpis": [
               {"name": "Revenue as a number", "kind": "revenue", "unit": "number", "target": "10"},
               {"name": "Won with an actual", "kind": "won", "unit": "money", "target": "10",
                "actual": "4.00"},
               {"name": "Cents of a cent", "unit": "money", "target": "10.001"},
               {"name": "Negative", "unit": "number", "target": "-1"},
               {"name": "Too fine", "unit": "percent", "target": "1.23456"}]}
            """
                .formatted(otherTeams.id(), UUID.randomUUID(), teammate.id()))
        .post(plans(account))
        .then()
        .statusCode(422)
        .body(
            "errors.field",
            contains(
                "kpis[0].unit",
                "kpis[1].actual",
                "kpis[2].target",
                "kpis[3].target",
                "kpis[4].target",
                "objectives[0].ownerId",
                "objectives[1].ownerId"))
        .body("errors[2].message", containsString("at most 2 decimals"));
    Api.as(manager)
        .body("{\"fiscalYear\": 2036, \"status\": \"active\"}")
        .post(plans(account))
        .then()
        .statusCode(422)
        .body("errors.field", contains("status"));
    Api.as(manager)
        .body("{\"fiscalYear\": 2036, \"status\": \"finished\"}")
        .post(plans(account))
        .then()
        .statusCode(422)
        .body("errors.field", contains("status"));
    assertThat(fixtures.count("select count(*) from account_plan where account_id = ?1", account))
        .as("plans written by refused requests")
        .isZero();
  }

  @Test
  void aRefusedPatchChangesNothing() {
    String id =
        aPlan()
            .on(account)
            .objective("{\"title\": \"Keep me\"}")
            .kpi(manualKpi("Workshops", "number", "4", "1", "higher"))
            .create(manager);
    Api.as(manager)
        .contentType(MERGE_PATCH)
        .body(
            """
            {"summary": "Changed", "objectives": [{"title": "New", "ownerId": "%s"}],
             "kpis": [{"name": "Revenue", "kind": "revenue", "unit": "percent", "target": "1"}]}
            """
                .formatted(UUID.randomUUID()))
        .patch(plan(account, id))
        .then()
        .statusCode(422)
        .body("errors.field", contains("kpis[0].unit", "objectives[0].ownerId"));
    Api.as(manager)
        .get(plan(account, id))
        .then()
        .body("version", equalTo(0))
        .body("summary", nullValue())
        .body("objectives.title", contains("Keep me"))
        .body("kpis.name", contains("Workshops"));
  }
}
