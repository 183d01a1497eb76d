package io.clientele.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts upserted by external id: one at a time (PUT) and in batches, atomic or not. */
@QuarkusTest
class AccountSyncTest {
  static final String BY_EXTERNAL = "/api/v1/accounts/by-external/";
  static final String BATCH = "/api/v1/sync/accounts";

  @Inject Fixtures fixtures;
  TestStaff integration;
  TestStaff owner;
  String source;

  @BeforeEach
  void world() {
    integration = fixtures.staff("integration");
    owner = fixtures.staff("manager", fixtures.staff("director"));
    // a source of its own per test: external ids never collide with another test's
    source = Fixtures.crmSource();
  }

  private String account(String name, String tier) {
    return """
        {"name": "%s", "tier": "%s", "status": "active", "region": "EMEA", "ownerId": "%s"}
        """
        .formatted(name, tier, owner.id());
  }

  private long changesOf(String id) {
    return fixtures.count(
        "select count(*) from change_log where type = 'accounts' and record_id = cast(?1 as uuid)",
        id);
  }

  @Test
  void putCreatesThenUpdatesThenLeavesAnUnchangedRecordAlone() {
    var created =
        Api.as(integration)
            .body(account("Northwind", "A"))
            .put(BY_EXTERNAL + source + "/001A")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/accounts/"))
            .body("name", equalTo("Northwind"))
            .body("externalIds", equalTo(List.of(Map.of("source", source, "externalId", "001A"))))
            .body("version", equalTo(0))
            .extract();
    String id = created.path("id");
    Api.as(integration)
        .body(account("Northwind", "A"))
        .put(BY_EXTERNAL + source + "/001A")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("version", equalTo(0));
    assertThat(changesOf(id)).isEqualTo(1); // created only: unchanged writes nothing
    Api.as(integration)
        .body(account("Northwind Holdings", "A"))
        .put(BY_EXTERNAL + source + "/001A")
        .then()
        .statusCode(200)
        .body("name", equalTo("Northwind Holdings"))
        .body("version", equalTo(1));
    assertThat(changesOf(id)).isEqualTo(2);
    // PUT replaces: an absent field takes its default
    Api.as(integration)
        .body("{\"name\": \"Northwind Holdings\", \"ownerId\": \"%s\"}".formatted(owner.id()))
        .put(BY_EXTERNAL + source + "/001A")
        .then()
        .statusCode(200)
        .body("tier", equalTo("C"))
        .body("region", nullValue())
        .body("version", equalTo(2));
    // other sources' ids may be added; the path's id stays
    Api.as(integration)
        .body(
            """
            {"name": "Northwind Holdings", "ownerId": "%s",
             "externalIds": [{"source": "hubspot", "externalId": "hs-%s"}]}
            """
                .formatted(owner.id(), id))
        .put(BY_EXTERNAL + source + "/001A")
        .then()
        .statusCode(200)
        .body("externalIds", hasSize(2))
        .body("externalIds.source", hasItem(source));
  }

  @Test
  void putRefusesWhatItCannotDo() {
    Api.as(integration)
        .body(
            """
            {"name": "Other", "ownerId": "%s", "externalIds": [{"source": "%s", "externalId": "999"}]}
            """
                .formatted(owner.id(), source))
        .put(BY_EXTERNAL + source + "/001B")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("externalIds"));
    Api.as(integration)
        .body(account("Bad", "Z"))
        .put(BY_EXTERNAL + source + "/001B")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("tier"));
    Api.as(integration)
        .body(account("Bad", "A"))
        .put(BY_EXTERNAL + "Sales Force/001B")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("source"));
    // a deleted account keeps its external id: 409, not a silent resurrection
    String id =
        Api.as(integration)
            .body(account("Gone", "A"))
            .put(BY_EXTERNAL + source + "/001C")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(integration).delete("/api/v1/accounts/" + id).then().statusCode(204);
    Api.as(integration)
        .body(account("Gone", "A"))
        .put(BY_EXTERNAL + source + "/001C")
        .then()
        .statusCode(409)
        .body("detail", containsString("deleted"));
    // someone else's account is not found, and not taken over
    TestStaff stranger = fixtures.staff("manager");
    Api.as(integration)
        .body(account("Mine", "A"))
        .put(BY_EXTERNAL + source + "/001D")
        .then()
        .statusCode(201);
    Api.as(stranger)
        .body("{\"name\": \"Taken\", \"ownerId\": \"%s\"}".formatted(stranger.id()))
        .put(BY_EXTERNAL + source + "/001D")
        .then()
        .statusCode(404);
    // finance and executives do not write accounts
    for (String role : List.of("finance", "executive")) {
      Api.as(fixtures.staff(role))
          .body(account("No", "A"))
          .put(BY_EXTERNAL + source + "/001E")
          .then()
          .statusCode(403);
    }
  }

  private String batch(String... records) {
    return "{\"source\": \"%s\", \"records\": [%s]}".formatted(source, String.join(",", records));
  }

  private String record(String externalId, String name, String tier) {
    return """
        {"externalId": "%s", "name": "%s", "tier": "%s", "ownerId": "%s"}
        """
        .formatted(externalId, name, tier, owner.id());
  }

  @Test
  void aBatchAnswersEveryRecordInOrderAndWritesTheGoodOnes() {
    Api.as(integration).body(batch(record("B1", "One", "A"))).post(BATCH).then().statusCode(200);
    JsonPath answer =
        Api.as(integration)
            .body(
                batch(
                    record("B1", "One renamed", "A"),
                    record("B2", "Two", "Z"),
                    record("B3", "Three", "B"),
                    "{\"name\": \"No id\", \"ownerId\": \"%s\"}".formatted(owner.id()),
                    record("B3", "Three again", "B"),
                    "{\"externalId\": \"B6\", \"name\": \"Unknown field\", \"colour\": \"red\"}",
                    "{\"externalId\": \"B7\", \"name\": \"\"}",
                    "[1, 2]",
                    record("B1", "One renamed", "A").replace("B1", "B9"),
                    "{\"externalId\": \"B10\", \"name\": \"Not yours\", \"ownerId\": \"%s\"}"
                        .formatted(fixtures.staff("manager").id())))
            .post(BATCH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> results = answer.getList("results.result");
    assertThat(results)
        .containsExactly(
            "updated", "error", "created", "error", "error", "error", "error", "error", "created",
            "created");
    assertThat(answer.getList("results.index", Integer.class))
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(answer.getInt("results[0].version")).isEqualTo(1);
    assertThat(answer.getString("results[1].problem.errors[0].field")).isEqualTo("tier");
    assertThat(answer.getInt("results[1].problem.status")).isEqualTo(422);
    assertThat(answer.getString("results[3].problem.errors[0].field")).isEqualTo("externalId");
    assertThat(answer.getString("results[4].problem.errors[0].message"))
        .contains("repeats record 2");
    assertThat(answer.getString("results[5].problem.errors[0].field")).isEqualTo("colour");
    assertThat(answer.getString("results[6].problem.errors[0].field")).isEqualTo("name");
    assertThat(answer.getInt("results[7].problem.status")).isEqualTo(422);
    assertThat(answer.getString("results[0].id")).isNotNull();
    assertThat(fixtures.count("select count(*) from account_external_id where source = ?1", source))
        .isEqualTo(4); // B1, B3, B9, B10 (an integration may own-assign to anyone active)
  }

  @Test
  void ownersAreCheckedForTheWholeBatchAsForOneAccount() {
    TestStaff director = fixtures.staff("director");
    TestStaff report = fixtures.staff("manager", director);
    TestStaff gone = fixtures.staff("manager", director);
    fixtures.deactivate(gone);
    TestStaff elsewhere = fixtures.staff("manager", fixtures.staff("director"));
    String[] records = {
      "{\"externalId\": \"O1\", \"name\": \"Report's\", \"ownerId\": \"%s\"}"
          .formatted(report.id()),
      "{\"externalId\": \"O2\", \"name\": \"Elsewhere\", \"ownerId\": \"%s\"}"
          .formatted(elsewhere.id()),
      "{\"externalId\": \"O3\", \"name\": \"Inactive\", \"ownerId\": \"%s\"}".formatted(gone.id()),
      "{\"externalId\": \"O4\", \"name\": \"Mine by default\"}"
    };
    JsonPath answer =
        Api.as(director)
            .body(batch(records))
            .post(BATCH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("results.result", String.class))
        .containsExactly("created", "error", "error", "created");
    assertThat(answer.getString("results[1].problem.errors[0].field")).isEqualTo("ownerId");
    assertThat(answer.getString("results[2].problem.errors[0].field")).isEqualTo("ownerId");
    assertThat(
            fixtures.text(
                "select cast(a.owner_id as text) from account a join account_external_id e"
                    + " on e.account_id = a.id where e.source = ?1 and e.external_id = 'O4'",
                source))
        .isEqualTo(director.idString());
    // a manager may only name themselves
    String[] theirs = {
      "{\"externalId\": \"M1\", \"name\": \"Own\", \"ownerId\": \"%s\"}".formatted(report.id()),
      "{\"externalId\": \"M2\", \"name\": \"Boss's\", \"ownerId\": \"%s\"}".formatted(director.id())
    };
    Api.as(report)
        .body(batch(theirs))
        .post(BATCH)
        .then()
        .statusCode(200)
        .body("results.result", equalTo(List.of("created", "error")));
  }

  @Test
  void anAtomicBatchIsAllOrNothing() {
    Api.as(integration)
        .queryParam("atomic", "true")
        .body(batch(record("A1", "One", "A"), record("A2", "Two", "Z"), record("A3", "Three", "Q")))
        .post(BATCH)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString("2 of its 3 records failed"))
        .body("errors.field", equalTo(List.of("records[1].tier", "records[2].tier")));
    assertThat(fixtures.count("select count(*) from account_external_id where source = ?1", source))
        .isZero();
    Api.as(integration)
        .queryParam("atomic", "true")
        .body(batch(record("A1", "One", "A"), record("A2", "Two", "B")))
        .post(BATCH)
        .then()
        .statusCode(200)
        .body("results.result", equalTo(List.of("created", "created")));
  }

  @Test
  void aRetriedBatchAnswersTheFirstAnswerAndWritesOnce() {
    String body = batch(record("R1", "Retry", "A"), record("R2", "Retry two", "B"));
    String first =
        Api.as(integration)
            .header("Idempotency-Key", "batch-" + source)
            .body(body)
            .post(BATCH)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String again =
        Api.as(integration)
            .header("Idempotency-Key", "batch-" + source)
            .body(body)
            .post(BATCH)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(again).isEqualTo(first);
    assertThat(first).contains("\"created\"");
    assertThat(fixtures.count("select count(*) from account_external_id where source = ?1", source))
        .isEqualTo(2);
  }

  @Test
  void aBatchItselfMustBeWellFormed() {
    Api.as(integration)
        .body("{\"source\": \"Sales Force\", \"records\": [{}]}")
        .post(BATCH)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("source"));
    Api.as(integration)
        .body("{\"source\": \"x\", \"records\": []}")
        .post(BATCH)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("records"));
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      many.add("{\"externalId\": \"M" + i + "\", \"name\": \"M\"}");
    }
    Api.as(integration)
        .body(batch(many.toArray(String[]::new)))
        .post(BATCH)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("records"));
    Api.as(integration).body("{\"source\": \"x\", ").post(BATCH).then().statusCode(400);
    Api.as(integration)
        .queryParam("atomic", "maybe")
        .body(batch(record("X1", "X", "A")))
        .post(BATCH)
        .then()
        .statusCode(400);
    for (String role : List.of("finance", "executive")) {
      Api.as(fixtures.staff(role))
          .body(batch(record("X1", "X", "A")))
          .post(BATCH)
          .then()
          .statusCode(403);
    }
  }
}
