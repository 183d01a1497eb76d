package io.clientele.forecast;

import static io.clientele.pipeline.DealFixtures.aDeal;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ForecastCallsTest {
  static final String PERIOD = "/api/v1/forecasts/2036-Q2";
  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff manager;

  @BeforeEach
  void team() {
    director = fixtures.staff("director");
    manager = fixtures.staff("manager", director);
    aDeal()
        .ownedBy(manager)
        .stage("closed_won")
        .amount("1200.00", "USD")
        .closing("2036-05-02")
        .create();
  }

  private static String call(String commit, String bestCase, String currency) {
    return "{\"commit\": {\"amount\": \"%s\", \"currency\": \"%s\"}, \"bestCase\": {\"amount\": \"%s\", \"currency\": \"USD\"}, \"note\": \"n\"}"
        .formatted(commit, currency, bestCase);
  }

  private static String adjustment(TestStaff staff, String commit) {
    return "{\"staffId\": \"%s\", \"commit\": {\"amount\": \"%s\", \"currency\": \"USD\"}, \"bestCase\": {\"amount\": \"%s\", \"currency\": \"USD\"}, \"reason\": \"slipping\"}"
        .formatted(staff.id(), commit, commit);
  }

  @Test
  void aCallIsStoredWithTheForecastOfThatMomentAndListedNewestFirst() {
    Api.as(manager)
        .body(call("2000", "3000", "USD"))
        .post(PERIOD + "/submissions")
        .then()
        .statusCode(201)
        .body("commit.amount", equalTo("2000.00"))
        .body("computed.closedWon", equalTo("1200.00"))
        .body("computed.dealCounts.closed", equalTo(1));
    Api.as(manager)
        .body(call("2500", "3000", "USD"))
        .post(PERIOD + "/submissions")
        .then()
        .statusCode(201);
    Api.as(manager)
        .get(PERIOD + "/submissions")
        .then()
        .statusCode(200)
        .body("commit.amount", contains("2500.00", "2000.00"));
    Api.as(director)
        .queryParam("staffId", manager.idString())
        .get(PERIOD + "/submissions")
        .then()
        .statusCode(200)
        .body("commit.amount", contains("2500.00", "2000.00"));
    Api.as(fixtures.staff("manager"))
        .queryParam("staffId", manager.idString())
        .get(PERIOD + "/submissions")
        .then()
        .statusCode(404);
  }

  @Test
  void badCallsAreRefused() {
    Api.as(manager)
        .body(call("2000", "3000", "EUR"))
        .post(PERIOD + "/submissions")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("commit.currency"));
    Api.as(manager)
        .body(call("3000", "2000", "USD"))
        .post(PERIOD + "/submissions")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("bestCase.amount"));
    Api.as(manager)
        .body(call("2000", "3000", "USD"))
        .post("/api/v1/forecasts/2036-Q7/submissions")
        .then()
        .statusCode(400);
    for (String role : List.of("admin", "finance", "executive", "integration")) {
      Api.as(fixtures.staff(role))
          .body(call("1", "1", "USD"))
          .post(PERIOD + "/submissions")
          .then()
          .statusCode(403);
    }
  }

  @Test
  void aDirectorAdjustsAReportsLatestCallAndTheForecastShowsBoth() {
    Api.as(director)
        .body(adjustment(manager, "1000"))
        .post(PERIOD + "/adjustments")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("staffId"));
    Api.as(manager)
        .body(call("2000", "3000", "USD"))
        .post(PERIOD + "/submissions")
        .then()
        .statusCode(201);
    Api.as(director)
        .body(adjustment(manager, "1500"))
        .post(PERIOD + "/adjustments")
        .then()
        .statusCode(201)
        .body("adjustedBy", equalTo(director.idString()));
    Api.as(director)
        .get(PERIOD)
        .then()
        .statusCode(200)
        .body(
            "rows.find { it.key == '%s' }.call.commit".formatted(manager.idString()),
            equalTo("2000.00"))
        .body(
            "rows.find { it.key == '%s' }.call.adjustedCommit".formatted(manager.idString()),
            equalTo("1500.00"))
        .body("rows.find { it.key == '%s' }.call".formatted(director.idString()), nullValue());
    Api.as(manager)
        .queryParam("staffId", manager.idString())
        .get(PERIOD + "/adjustments")
        .then()
        .statusCode(200)
        .body("reason", contains("slipping"));
    // a new call replaces the adjusted one: the adjustment belonged to the old call
    Api.as(manager)
        .body(call("2200", "3000", "USD"))
        .post(PERIOD + "/submissions")
        .then()
        .statusCode(201);
    Api.as(manager)
        .get(PERIOD)
        .then()
        .body("total.call.commit", equalTo("2200.00"))
        .body("total.call.adjustedCommit", equalTo("2200.00"))
        .body("total.call.adjustedAt", nullValue());
  }

  @Test
  void nobodyAdjustsThemselvesOrOutsideTheirTeam() {
    Api.as(director)
        .body(call("1", "1", "USD"))
        .post(PERIOD + "/submissions")
        .then()
        .statusCode(201);
    Api.as(director)
        .body(adjustment(director, "1"))
        .post(PERIOD + "/adjustments")
        .then()
        .statusCode(422);
    TestStaff outsider = fixtures.staff("manager");
    Api.as(outsider)
        .body(call("1", "1", "USD"))
        .post(PERIOD + "/submissions")
        .then()
        .statusCode(201);
    Api.as(director)
        .body(adjustment(outsider, "1"))
        .post(PERIOD + "/adjustments")
        .then()
        .statusCode(422);
    Api.as(manager)
        .body(adjustment(manager, "1"))
        .post(PERIOD + "/adjustments")
        .then()
        .statusCode(403);
    Api.as(fixtures.staff("admin"))
        .body(adjustment(outsider, "1"))
        .post(PERIOD + "/adjustments")
        .then()
        .statusCode(201);
  }
}
