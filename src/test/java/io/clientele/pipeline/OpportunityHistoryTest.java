package io.clientele.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpportunityHistoryTest {
  @Inject Fixtures fixtures;
  TestStaff max;
  UUID account;
  String id;

  @BeforeEach
  void aDeal() {
    max = fixtures.staff("director");
    account = fixtures.account(Fixtures.unique("History"), max);
    id =
        Api.as(max)
            .body(
                """
                {"accountId": "%s", "name": "Tracked", "stage": "prospecting",
                 "amount": {"amount": "1000.00", "currency": "EUR"}, "closeDate": "2026-12-15"}
                """
                    .formatted(account))
            .post("/api/v1/opportunities")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  private JsonPath history() {
    return Api.as(max)
        .queryParam("limit", 500)
        .get("/api/v1/opportunities/" + id + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .setRootPath("items");
  }

  private void patch(String json) {
    Api.as(max).body(json).patch("/api/v1/opportunities/" + id).then().statusCode(200);
  }

  @Test
  void creationRecordsTheFirstValueOfEveryTrackedField() {
    JsonPath h = history();
    assertThat(h.getList("field"))
        .containsExactlyInAnyOrder(
            "stage",
            "amount",
            "currency",
            "closeDate",
            "probability",
            "forecastCategory",
            "ownerId");
    assertThat(h.getList("from")).containsOnlyNulls();
    assertThat(h.getList("by")).containsOnly(max.idString());
    // one clock per transaction: the creation is recorded at the deal's own createdAt
    String createdAt =
        Api.as(max).get("/api/v1/opportunities/" + id).then().extract().path("createdAt");
    assertThat(h.getList("at")).containsOnly(createdAt);
  }

  @Test
  void aChangeIsRecordedAtTheDealsNewUpdatedAt() {
    String updatedAt =
        Api.as(max)
            .body("{\"stage\": \"qualification\"}")
            .patch("/api/v1/opportunities/" + id)
            .then()
            .statusCode(200)
            .extract()
            .path("updatedAt");
    JsonPath h = history();
    assertThat(h.getString("at[" + (h.getList("at").size() - 1) + "]")).isEqualTo(updatedAt);
  }

  @Test
  void eachTrackedFieldChangeIsRecordedWithFromAndTo() {
    TestStaff report = fixtures.staff("manager", max);
    patch("{\"stage\": \"qualification\"}");
    patch("{\"amount\": {\"amount\": \"1500.00\", \"currency\": \"EUR\"}}");
    patch("{\"amount\": {\"amount\": \"1500.00\", \"currency\": \"GBP\"}}");
    patch("{\"closeDate\": \"2027-01-31\"}");
    patch("{\"probability\": 33}");
    patch("{\"forecastCategory\": \"best_case\"}");
    patch("{\"ownerId\": \"%s\"}".formatted(report.id()));
    List<String> changes = new ArrayList<>();
    JsonPath h = history();
    for (int i = 7; i < h.getList("field").size(); i++) {
      changes.add(
          h.getString("field[" + i + "]")
              + ":"
              + h.getString("from[" + i + "]")
              + "->"
              + h.getString("to[" + i + "]"));
    }
    assertThat(changes)
        .containsExactly(
            "stage:prospecting->qualification",
            "probability:10->20",
            "amount:1000.00->1500.00",
            "currency:EUR->GBP",
            "closeDate:2026-12-15->2027-01-31",
            "probability:20->33",
            "forecastCategory:pipeline->best_case",
            "ownerId:" + max.idString() + "->" + report.idString());
  }

  @Test
  void untrackedFieldsLeaveNoHistory() {
    patch(
        "{\"name\": \"Renamed\", \"nextStep\": \"Call\", \"type\": \"upsell\", \"source\": \"partner\"}");
    assertThat(history().getList("field")).hasSize(7);
  }

  @Test
  void aChangeThatIsRolledBackLeavesNoHistory() {
    String taken = Fixtures.unique("ext");
    Api.as(max)
        .body(
            """
            {"accountId": "%s", "name": "Holder", "stage": "prospecting", "amount": {"amount": "1", "currency": "EUR"},
             "closeDate": "2026-12-15", "externalIds": [{"source": "salesforce", "externalId": "%s"}]}
            """
                .formatted(account, taken))
        .post("/api/v1/opportunities")
        .then()
        .statusCode(201);
    // the stage change passes every rule, then the duplicate external id fails the transaction
    Api.as(max)
        .body(
            "{\"stage\": \"negotiation\", \"externalIds\": [{\"source\": \"salesforce\", \"externalId\": \"%s\"}]}"
                .formatted(taken))
        .patch("/api/v1/opportunities/" + id)
        .then()
        .statusCode(409);
    assertThat(history().getList("field")).hasSize(7);
    Api.as(max)
        .get("/api/v1/opportunities/" + id)
        .then()
        .body("stage", equalTo("prospecting"))
        .body("version", equalTo(0));
  }

  @Test
  void historyIsPaginatedOldestFirst() {
    patch("{\"probability\": 11}");
    patch("{\"probability\": 12}");
    patch("{\"probability\": 13}");
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      var request = Api.as(max).queryParam("limit", 4);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page =
          request
              .get("/api/v1/opportunities/" + id + "/history")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      seen.addAll(page.getList("items.at"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertThat(seen).hasSize(10).isSorted();
    Api.as(max)
        .queryParam("limit", 3)
        .get("/api/v1/opportunities/" + id + "/history")
        .then()
        .body("items.to", org.hamcrest.Matchers.hasSize(3));
    List<String> last = history().getList("to").stream().skip(7).map(String::valueOf).toList();
    assertThat(last).containsExactly("11", "12", "13");
  }

  @Test
  void theVelocityFiguresEachDealKeepsAgreeWithItsHistory() {
    UUID deal = UUID.fromString(id);
    patch("{\"stage\": \"qualification\"}");
    // instead of waiting: everything recorded so far moves an hour back, the stay goes on
    DealFixtures.age(deal, Duration.ofHours(1));
    patch("{\"stage\": \"proposal\"}");
    DealFixtures.age(deal, Duration.ofHours(2));
    patch("{\"stage\": \"qualification\"}");
    patch("{\"stage\": \"closed_won\"}");
    String columns =
        "cast(stage_path as text) || ' ' || cast(stage_stays as text) || ' ' || cast(stage_entered_at as text)";
    String kept =
        fixtures.text("select " + columns + " from opportunity where id = cast(?1 as uuid)", id);
    String seconds =
        fixtures.text(
            "select cast(stage_seconds as text) from opportunity where id = cast(?1 as uuid)", id);
    assertThat(kept).startsWith("{prospecting,qualification,proposal,closed_won} {1,2,1,0} ");
    // the aged stays: qualification's first lasted an hour (its second, moments), proposal's two
    List<Double> stays =
        Stream.of(seconds.replaceAll("[{}]", "").split(",")).map(Double::valueOf).toList();
    assertThat(stays.get(1)).isBetween(3600.0, 3600.0 + 600);
    assertThat(stays.get(2)).isBetween(7200.0, 7200.0 + 600);
    DealFixtures.rebuildStageStats(deal);
    assertThat(
            fixtures.text(
                "select " + columns + " from opportunity where id = cast(?1 as uuid)", id))
        .isEqualTo(kept);
    // numerically equal, whatever the scale each side wrote
    assertThat(
            fixtures.count(
                "select count(*) from opportunity where id = cast(?1 as uuid) and stage_seconds = cast(?2 as numeric[])",
                id,
                seconds))
        .isEqualTo(1);
  }

  @Test
  void anInvisibleDealHasNoVisibleHistory() {
    Api.as(fixtures.staff("manager"))
        .get("/api/v1/opportunities/" + id + "/history")
        .then()
        .statusCode(404);
    Api.as(fixtures.staff("executive"))
        .get("/api/v1/opportunities/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.field", org.hamcrest.Matchers.hasItem("stage"));
  }
}
