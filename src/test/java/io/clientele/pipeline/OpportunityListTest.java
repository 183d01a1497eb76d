package io.clientele.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.Pages;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Visibility by role, every filter, and keyset paging over every sort. */
@QuarkusTest
class OpportunityListTest {
  static final String DEALS = "/api/v1/opportunities";
  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff lead;
  TestStaff manager;
  UUID account;

  @BeforeEach
  void team() {
    director = fixtures.staff("director");
    lead = fixtures.staff("director", director);
    manager = fixtures.staff("manager", lead);
    account = fixtures.account(Fixtures.unique("Pipeline"), manager);
  }

  private String deal(
      TestStaff as, String name, String stage, String amount, String closeDate, String extra) {
    return Api.as(as)
        .body(
            """
            {"accountId": "%s", "name": "%s", "stage": "%s", "amount": {"amount": "%s", "currency": "EUR"},
             "closeDate": "%s"%s}
            """
                .formatted(
                    account, name, stage, amount, closeDate, extra.isEmpty() ? "" : ", " + extra))
        .post(DEALS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void visibilityFollowsTheOwnerAndTheAccountTeam() {
    String id = deal(manager, "Mine", "proposal", "10", "2026-12-01", "");
    TestStaff stranger = fixtures.staff("manager");
    Api.as(stranger).get(DEALS + "/" + id).then().statusCode(404);
    Api.as(stranger)
        .queryParam("accountId", account.toString())
        .get(DEALS)
        .then()
        .body("items", empty());
    Api.as(stranger).body("{\"name\": \"x\"}").patch(DEALS + "/" + id).then().statusCode(404);
    Api.as(director).get(DEALS + "/" + id).then().statusCode(200);
    Api.as(lead).get(DEALS + "/" + id).then().statusCode(200);
    for (String role : List.of("admin", "finance", "executive", "integration")) {
      Api.as(fixtures.staff(role)).get(DEALS + "/" + id).then().statusCode(200);
    }
    Api.as(fixtures.staff("finance"))
        .body("{\"name\": \"x\"}")
        .patch(DEALS + "/" + id)
        .then()
        .statusCode(403);
    Api.as(fixtures.staff("executive")).delete(DEALS + "/" + id).then().statusCode(403);
    Api.as(manager)
        .body("{\"role\": \"support\"}")
        .put("/api/v1/accounts/" + account + "/team/" + stranger.id())
        .then()
        .statusCode(201);
    Api.as(stranger).get(DEALS + "/" + id).then().statusCode(200);
    Api.as(manager).delete(DEALS + "/" + id).then().statusCode(204);
    Api.as(manager).get(DEALS + "/" + id).then().statusCode(404);
  }

  @Test
  void everyFilterNarrowsTheList() {
    String a =
        deal(
            manager,
            "Alpha renewal",
            "prospecting",
            "100.00",
            "2026-10-05",
            "\"type\": \"renewal\", \"source\": \"inbound\"");
    String b =
        deal(
            manager,
            "Beta",
            "proposal",
            "5000.00",
            "2026-11-15",
            "\"forecastCategory\": \"commit\", \"source\": \"partner\"");
    String c = deal(lead, "Gamma", "negotiation", "250.50", "2026-12-20", "");
    String d = deal(manager, "Delta", "closed_won", "900.00", "2026-12-01", "");
    RequestSpecification mine = Api.as(director).queryParam("accountId", account.toString());
    java.util.function.Supplier<RequestSpecification> base =
        () -> Api.as(director).queryParam("accountId", account.toString()).queryParam("limit", 500);

    base.get().get(DEALS).then().body("items.id", containsInAnyOrder(a, b, c, d));
    base.get()
        .queryParam("ownerId", lead.idString())
        .get(DEALS)
        .then()
        .body("items.id", contains(c));
    base.get()
        .queryParam("stage", "proposal")
        .queryParam("stage", "negotiation")
        .get(DEALS)
        .then()
        .body("items.id", contains(b, c));
    base.get()
        .queryParam("stage", "proposal,prospecting")
        .get(DEALS)
        .then()
        .body("items.id", contains(a, b));
    base.get()
        .queryParam("forecastCategory", "commit")
        .get(DEALS)
        .then()
        .body("items.id", containsInAnyOrder(b, c));
    base.get().queryParam("type", "renewal").get(DEALS).then().body("items.id", contains(a));
    base.get().queryParam("source", "partner").get(DEALS).then().body("items.id", contains(b));
    base.get()
        .queryParam("closeDateFrom", "2026-11-01")
        .queryParam("closeDateTo", "2026-12-01")
        .get(DEALS)
        .then()
        .body("items.id", contains(b, d));
    base.get()
        .queryParam("amountMin", "250.50")
        .queryParam("amountMax", "900")
        .get(DEALS)
        .then()
        .body("items.id", contains(d, c));
    base.get().queryParam("q", "RENEW").get(DEALS).then().body("items.id", contains(a));
    base.get()
        .queryParam("sort", "-amount")
        .get(DEALS)
        .then()
        .body("items.id", contains(b, d, c, a));
    base.get().queryParam("sort", "stage").get(DEALS).then().body("items.id", contains(a, b, c, d));
    Api.as(lead)
        .queryParam("accountId", account.toString())
        .queryParam("scope", "own")
        .get(DEALS)
        .then()
        .body("items.id", contains(c));
    Api.as(lead)
        .queryParam("accountId", account.toString())
        .queryParam("scope", "team")
        .get(DEALS)
        .then()
        .body("items.id", containsInAnyOrder(a, b, c, d));
    mine.queryParam("stage", "nope").get(DEALS).then().statusCode(200).body("items", empty());
    Api.as(director).queryParam("forecastCategory", "maybe").get(DEALS).then().statusCode(400);
    Api.as(director).queryParam("closeDateFrom", "tomorrow").get(DEALS).then().statusCode(400);
    Api.as(director).queryParam("amountMin", "lots").get(DEALS).then().statusCode(400);
    Api.as(director).queryParam("scope", "world").get(DEALS).then().statusCode(400);
  }

  @Test
  void everySortPagesToTheSameOrderAsOneBigPage() {
    String[] stages = {"prospecting", "qualification", "proposal", "negotiation"};
    for (int i = 0; i < 23; i++) {
      deal(
          manager,
          "deal-" + (i % 5),
          stages[i % 4],
          (i % 7) + "00.00",
          "2026-1" + (i % 3) + "-1" + (i % 9),
          "");
    }
    for (String sort :
        List.of(
            "closeDate", "-amount", "stage,-closeDate", "name,amount", "-updatedAt", "-stage")) {
      List<String> all =
          Api.as(manager)
              .queryParam("accountId", account.toString())
              .queryParam("sort", sort)
              .queryParam("limit", 500)
              .get(DEALS)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.id");
      List<String> paged =
          Pages.collect(
              () ->
                  Api.as(manager)
                      .queryParam("accountId", account.toString())
                      .queryParam("sort", sort)
                      .queryParam("limit", 4),
              DEALS,
              "id");
      assertThat(paged).as("sort=" + sort).hasSize(23).isEqualTo(all);
    }
  }
}
