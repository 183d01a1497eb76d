package io.clientele.forecast;

import static io.clientele.pipeline.DealFixtures.aDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.clientele.common.FiscalCalendar;
import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ForecastSnapshotsTest {
  static final String SNAPSHOTS = "/api/v1/forecasts/2037-Q3/snapshots";
  @Inject Fixtures fixtures;
  @Inject ForecastSnapshots snapshots;
  @Inject FiscalCalendar calendar;
  TestStaff director;
  TestStaff lead;
  TestStaff manager;

  @BeforeEach
  void team() {
    director = fixtures.staff("director");
    lead = fixtures.staff("director", director);
    manager = fixtures.staff("manager", lead);
    aDeal()
        .ownedBy(manager)
        .stage("closed_won")
        .amount("700.00", "USD")
        .closing("2037-08-02")
        .create();
  }

  private long stored(TestStaff... staff) {
    long total = 0;
    for (TestStaff s : staff) {
      total +=
          fixtures.count(
              "select count(*) from forecast_snapshot where staff_id = cast(?1 as uuid) and period = '2037-Q3'",
              s.idString());
    }
    return total;
  }

  @Test
  void aDirectorSnapshotsTheirTeamOnceADay() {
    Api.as(director)
        .post(SNAPSHOTS)
        .then()
        .statusCode(200)
        .body("staff", equalTo(3))
        .body("stored", equalTo(3));
    Api.as(director).post(SNAPSHOTS).then().statusCode(200).body("stored", equalTo(0));
    assertThat(stored(director, lead, manager)).isEqualTo(3);
    Api.as(director)
        .queryParam("staffId", lead.idString())
        .get(SNAPSHOTS)
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].figures.closedWon", equalTo("700.00"))
        .body("[0].takenOn", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
    Api.as(manager)
        .get(SNAPSHOTS)
        .then()
        .statusCode(200)
        .body("[0].figures.closedWon", equalTo("700.00"));
    Api.as(fixtures.staff("manager"))
        .queryParam("staffId", manager.idString())
        .get(SNAPSHOTS)
        .then()
        .statusCode(404);
    for (String role : List.of("manager", "finance", "executive", "integration")) {
      Api.as(fixtures.staff(role)).post(SNAPSHOTS).then().statusCode(403);
    }
  }

  @Test
  void aSnapshotTakenTwiceConcurrentlyIsStoredOnce() throws Exception {
    int threads = 4;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return Api.as(director)
                      .post(SNAPSHOTS)
                      .then()
                      .statusCode(200)
                      .extract()
                      .<Integer>path("stored");
                }));
      }
      int total = 0;
      for (Future<Integer> answer : answers) {
        total += answer.get();
      }
      assertThat(total).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
    assertThat(stored(director, lead, manager)).isEqualTo(3);
  }

  @Test
  void theWeeklySnapshotCoversEveryoneForTheCurrentQuarterOnce() {
    String quarter = calendar.quarterOf(LocalDate.now(ZoneOffset.UTC)).label();
    // someone whose deals lack a rate is skipped, not everyone
    TestStaff unconvertible = fixtures.staff("manager", director);
    aDeal()
        .ownedBy(unconvertible)
        .stage("proposal")
        .category("commit")
        .amount("5", "XAU")
        .closing(LocalDate.now(ZoneOffset.UTC))
        .create();
    snapshots.takeWeekly();
    snapshots.takeWeekly();
    assertThat(
            fixtures.count(
                "select count(*) from forecast_snapshot where staff_id = cast(?1 as uuid) and period = ?2",
                manager.idString(),
                quarter))
        .isEqualTo(1);
    assertThat(
            fixtures.count(
                "select count(*) from forecast_snapshot where staff_id in (cast(?1 as uuid), cast(?2 as uuid)) and period = ?3",
                unconvertible.idString(),
                director.idString(),
                quarter))
        .isZero();
    Api.as(director)
        .post("/api/v1/forecasts/" + quarter + "/snapshots")
        .then()
        .statusCode(422)
        .body("detail", org.hamcrest.Matchers.containsString("XAU"));
  }
}
