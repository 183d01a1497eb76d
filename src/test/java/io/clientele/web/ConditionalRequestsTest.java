package io.clientele.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConditionalRequestsTest {
  @Inject Fixtures fixtures;

  @Test
  void etagRoundTripWithStaleIfMatch() {
    TestStaff manager = fixtures.staff("manager");
    String id =
        Api.as(manager)
            .body("{\"name\": \"Etag Co\"}")
            .post("/api/v1/accounts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String url = "/api/v1/accounts/" + id;

    String etag =
        Api.as(manager)
            .get(url)
            .then()
            .statusCode(200)
            .header("ETag", "\"0\"")
            .extract()
            .header("ETag");
    Api.as(manager).header("If-None-Match", etag).get(url).then().statusCode(304);

    Api.as(manager)
        .header("If-Match", etag)
        .contentType("application/merge-patch+json")
        .body("{\"tier\": \"A\", \"industry\": null}")
        .patch(url)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("tier", equalTo("A"))
        .body("version", equalTo(1));

    // the old tag is stale now: the write is refused and nothing changes
    Api.as(manager)
        .header("If-Match", etag)
        .body("{\"tier\": \"C\"}")
        .patch(url)
        .then()
        .statusCode(412);
    Api.as(manager).header("If-Match", etag).delete(url).then().statusCode(412);
    Api.as(manager)
        .header("If-None-Match", etag)
        .get(url)
        .then()
        .statusCode(200)
        .body("tier", equalTo("A"));

    Api.as(manager).header("If-Match", "\"1\"").delete(url).then().statusCode(204);
    Api.as(manager).get(url).then().statusCode(404);
  }

  @Test
  void racingPatchesWithTheSameIfMatchHaveOneWinnerAndOnly412sBesides() throws Exception {
    TestStaff manager = fixtures.staff("manager");
    String url = "/api/v1/accounts/" + fixtures.account(Fixtures.unique("Race"), manager);
    int racers = 20;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      String industry = "Industry " + i;
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return Api.as(manager)
                    .header("If-Match", "\"0\"")
                    .contentType("application/merge-patch+json")
                    .body("{\"industry\": \"" + industry + "\"}")
                    .patch(url)
                    .statusCode();
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    // whether a loser saw the new version before writing or lost at the write, it is stale
    assertThat(statuses).containsOnly(200, 412);
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    Api.as(manager).get(url).then().statusCode(200).body("version", equalTo(1));
  }

  @Test
  void aPatchThatChangesNothingKeepsTheVersion() {
    TestStaff manager = fixtures.staff("manager");
    String id =
        Api.as(manager)
            .body("{\"name\": \"Same Co\", \"tier\": \"B\"}")
            .post("/api/v1/accounts")
            .then()
            .extract()
            .path("id");
    Api.as(manager)
        .body("{\"tier\": \"B\"}")
        .patch("/api/v1/accounts/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(0));
  }

  @Test
  void applicationJsonPatchIsReadAsMergePatch() {
    TestStaff manager = fixtures.staff("manager");
    String id =
        Api.as(manager)
            .body("{\"name\": \"Merge Co\", \"region\": \"EMEA\", \"industry\": \"retail\"}")
            .post("/api/v1/accounts")
            .then()
            .extract()
            .path("id");
    Api.as(manager)
        .body("{\"region\": null}")
        .patch("/api/v1/accounts/" + id)
        .then()
        .statusCode(200)
        .body("region", equalTo(null))
        .body("industry", equalTo("retail"))
        .body("name", equalTo("Merge Co"));
  }
}
