package io.clientele.forecast;

import static io.clientele.account.AccountFixtures.anAccount;
import static io.clientele.forecast.CallFixtures.aCall;
import static io.clientele.pipeline.DealFixtures.aDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accuracy on a hand-made history whose figures are worked out in the comments. */
@QuarkusTest
class ForecastAccuracyTest {
  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff manager;
  UUID account;

  @BeforeEach
  void history() {
    director = fixtures.staff("director");
    manager = fixtures.staff("manager", director);
    account = anAccount().ownedBy(manager).create();
    won("1000.00", LocalDate.of(2025, 2, 10)); // 2025-Q1 closed won: 1000
    won("800.00", LocalDate.of(2025, 5, 10)); // 2025-Q2 closed won: 800
    submit("2025-Q1", "900.00", "2025-01-05T10:00:00Z");
    submit("2025-Q1", "1100.00", "2025-02-01T10:00:00Z"); // the last call of Q1: 1100
    submit("2025-Q2", "600.00", "2025-04-03T10:00:00Z"); // Q2: 600, adjusted to 800 below
  }

  private void won(String amount, LocalDate close) {
    aDeal()
        .on(account)
        .stage("closed_won")
        .amount(amount, "USD")
        .closing(close)
        .createdAt("2024-12-01T00:00:00Z")
        .create();
  }

  private void submit(String period, String commit, String at) {
    aCall().by(manager).period(period).commit(commit).at(at).create();
  }

  @Test
  void eachClosedPeriodComparesTheLastCallWithWhatClosedWon() {
    Api.as(director)
        .body(
            "{\"staffId\": \"%s\", \"commit\": {\"amount\": \"800\", \"currency\": \"USD\"}, \"bestCase\": {\"amount\": \"800\", \"currency\": \"USD\"}, \"reason\": \"knows better\"}"
                .formatted(manager.id()))
        .post("/api/v1/forecasts/2025-Q2/adjustments")
        .then()
        .statusCode(201);
    JsonPath a =
        Api.as(director)
            .queryParam("from", "2025-Q1")
            .queryParam("to", "2026-Q4")
            .queryParam("staffId", manager.idString())
            .get("/api/v1/forecasts/accuracy")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // 2026-Q4 is not over: 2025-Q1 to 2026-Q3 are
    assertThat(a.getList("periods.period"))
        .containsExactly(
            "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
    // Q1: 1100 called, 1000 won: error 100, |10 %|, bias +10 %
    assertThat(a.getString("periods[0].error")).isEqualTo("100.00");
    assertThat(a.getString("periods[0].absolutePercentError")).isEqualTo("0.1");
    assertThat(a.getString("periods[0].bias")).isEqualTo("0.1");
    assertThat(a.getString("periods[0].adjustedError")).isEqualTo("100.00");
    // Q2: 600 called, 800 won: error -200, |25 %|, bias -25 %; adjusted to 800: error 0
    assertThat(a.getString("periods[1].call.commit")).isEqualTo("600.00");
    assertThat(a.getString("periods[1].call.adjustedCommit")).isEqualTo("800.00");
    assertThat(a.getString("periods[1].error")).isEqualTo("-200.00");
    assertThat(a.getString("periods[1].absolutePercentError")).isEqualTo("0.25");
    assertThat(a.getString("periods[1].bias")).isEqualTo("-0.25");
    assertThat(a.getString("periods[1].adjustedError")).isEqualTo("0.00");
    assertThat(new BigDecimal(a.getString("periods[1].adjustedAbsolutePercentError")))
        .isEqualByComparingTo("0");
    // Q3: nothing called, nothing won: no figures
    assertThat(a.getString("periods[2].closedWon")).isEqualTo("0.00");
    assertThat(a.getString("periods[2].call")).isNull();
    assertThat(a.getString("periods[2].absolutePercentError")).isNull();
    // means over Q1 and Q2: (10 % + 25 %) / 2, (10 % − 25 %) / 2; adjusted (10 % + 0) / 2
    assertThat(a.getString("meanAbsolutePercentError")).isEqualTo("0.175");
    assertThat(a.getString("meanBias")).isEqualTo("-0.075");
    assertThat(a.getString("meanAdjustedAbsolutePercentError")).isEqualTo("0.05");
    assertThat(a.getString("meanAdjustedBias")).isEqualTo("0.05");
  }

  @Test
  void rangesAreCheckedAndVisibilityApplies() {
    Api.as(manager)
        .queryParam("from", "2025-Q1")
        .queryParam("to", "2025")
        .get("/api/v1/forecasts/accuracy")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
    Api.as(manager)
        .queryParam("from", "2025-Q3")
        .queryParam("to", "2025-Q1")
        .get("/api/v1/forecasts/accuracy")
        .then()
        .statusCode(400);
    Api.as(manager)
        .queryParam("from", "2010-Q1")
        .queryParam("to", "2025-Q1")
        .get("/api/v1/forecasts/accuracy")
        .then()
        .statusCode(400);
    Api.as(manager)
        .queryParam("to", "2025-Q1")
        .get("/api/v1/forecasts/accuracy")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    Api.as(fixtures.staff("manager"))
        .queryParam("from", "2025-Q1")
        .queryParam("to", "2025-Q2")
        .queryParam("staffId", manager.idString())
        .get("/api/v1/forecasts/accuracy")
        .then()
        .statusCode(404);
    Api.as(manager)
        .queryParam("from", "2025-Q1")
        .queryParam("to", "2025-Q2")
        .get("/api/v1/forecasts/accuracy")
        .then()
        .statusCode(200)
        .body("periods[0].closedWon", equalTo("1000.00"));
  }
}
