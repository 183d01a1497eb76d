package io.clientele.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StageResourceTest {
  static final String STAGES = "/api/v1/pipeline/stages";
  @Inject Fixtures fixtures;
  TestStaff admin;

  @BeforeEach
  void anAdmin() {
    admin = fixtures.staff("admin");
  }

  private String newKey() {
    return "st_" + Fixtures.unique("k").replace("-", "_");
  }

  private void create(String key, int position) {
    Api.as(admin)
        .body(
            "{\"key\": \"%s\", \"label\": \"Stage %s\", \"position\": %d, \"defaultProbability\": 15, \"forecastCategory\": \"pipeline\"}"
                .formatted(key, key, position))
        .post(STAGES)
        .then()
        .statusCode(201)
        .body("closed", equalTo(false))
        .body("retired", equalTo(false));
  }

  @Test
  void theSixDefaultsAreSeededInPipelineOrder() {
    List<String> keys =
        Api.as(fixtures.staff("manager"))
            .get(STAGES)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.key");
    assertThat(keys)
        .containsSubsequence(
            "prospecting", "qualification", "proposal", "negotiation", "closed_won", "closed_lost");
    Api.as(admin)
        .get(STAGES + "/closed_won")
        .then()
        .body("defaultProbability", equalTo(100))
        .body("forecastCategory", equalTo("closed"))
        .body("won", equalTo(true));
  }

  @Test
  void adminsCreateRelabelReorderAndRetireStages() {
    String key = newKey();
    create(key, 9999);
    Api.as(admin)
        .body(
            "{\"key\": \"%s\", \"label\": \"Again\", \"position\": 1, \"defaultProbability\": 1, \"forecastCategory\": \"pipeline\"}"
                .formatted(key))
        .post(STAGES)
        .then()
        .statusCode(409);
    Api.as(admin)
        .body("{\"label\": \"Discovery\", \"position\": 0}")
        .patch(STAGES + "/" + key)
        .then()
        .statusCode(200)
        .body("label", equalTo("Discovery"))
        .body("version", equalTo(1));
    List<String> keys = Api.as(admin).get(STAGES).then().extract().jsonPath().getList("items.key");
    assertThat(keys.indexOf(key)).isLessThan(keys.indexOf("prospecting"));
    Api.as(admin)
        .body("{\"retired\": true}")
        .patch(STAGES + "/" + key)
        .then()
        .statusCode(200)
        .body("retired", equalTo(true));
    Api.as(admin)
        .queryParam("includeRetired", false)
        .get(STAGES)
        .then()
        .body("items.key", not(hasItem(key)));
    Api.as(admin).get(STAGES).then().body("items.key", hasItem(key));
  }

  @Test
  void closedAndWonAreFixedAndConsistent() {
    Api.as(admin)
        .body(
            "{\"key\": \"%s\", \"label\": \"x\", \"position\": 1, \"defaultProbability\": 100, \"forecastCategory\": \"closed\", \"won\": true}"
                .formatted(newKey()))
        .post(STAGES)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("won"));
    Api.as(admin)
        .body(
            "{\"key\": \"%s\", \"label\": \"x\", \"position\": 1, \"defaultProbability\": 90, \"forecastCategory\": \"commit\", \"closed\": true, \"won\": true}"
                .formatted(newKey()))
        .post(STAGES)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("forecastCategory"));
    Api.as(admin)
        .body(
            "{\"key\": \"%s\", \"label\": \"x\", \"position\": 1, \"defaultProbability\": 90, \"forecastCategory\": \"closed\"}"
                .formatted(newKey()))
        .post(STAGES)
        .then()
        .statusCode(422);
    Api.as(admin)
        .body("{\"won\": false}")
        .patch(STAGES + "/closed_won")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("won"));
    Api.as(admin)
        .body(
            "{\"key\": \"Bad Key\", \"label\": \"x\", \"position\": 1, \"defaultProbability\": 1, \"forecastCategory\": \"pipeline\"}")
        .post(STAGES)
        .then()
        .statusCode(422);
  }

  @Test
  void aStageInUseCannotBeDeletedOnlyRetired() {
    String used = newKey();
    String unused = newKey();
    create(used, 9000);
    create(unused, 9001);
    TestStaff max = fixtures.staff("manager");
    var account = fixtures.account(Fixtures.unique("Stages"), max);
    Api.as(max)
        .body(
            "{\"accountId\": \"%s\", \"name\": \"d\", \"stage\": \"%s\", \"amount\": {\"amount\": \"1\", \"currency\": \"EUR\"}, \"closeDate\": \"2026-12-01\"}"
                .formatted(account, used))
        .post("/api/v1/opportunities")
        .then()
        .statusCode(201);
    Api.as(admin).delete(STAGES + "/" + used).then().statusCode(409);
    Api.as(admin).delete(STAGES + "/" + unused).then().statusCode(204);
    Api.as(admin).get(STAGES + "/" + unused).then().statusCode(404);
  }

  @Test
  void onlyAdminsConfigureStages() {
    for (String role : List.of("director", "manager", "finance", "executive", "integration")) {
      TestStaff caller = fixtures.staff(role);
      Api.as(caller).get(STAGES).then().statusCode(200);
      Api.as(caller)
          .body("{\"label\": \"Hacked\"}")
          .patch(STAGES + "/proposal")
          .then()
          .statusCode(403);
      Api.as(caller).delete(STAGES + "/proposal").then().statusCode(403);
    }
  }
}
