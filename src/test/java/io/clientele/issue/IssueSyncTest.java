package io.clientele.issue;

import static io.clientele.account.AccountFixtures.anAccount;
import static io.clientele.issue.IssueFixtures.ISSUES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issues (CRM cases) upserted by external id, one by one and in batches: created, unchanged and
 * updated results, the issue's rules as in a POST, the source's status recorded as a move, and the
 * change feed's entries for each.
 */
@QuarkusTest
class IssueSyncTest {
  static final String BY_EXTERNAL = ISSUES + "/by-external/";
  static final String BATCH = "/api/v1/sync/issues";
  static final String CHANGES = "/api/v1/changes";

  @Inject Fixtures fixtures;
  TestStaff integration;
  TestStaff manager;
  UUID account;
  String source;

  @BeforeEach
  void world() {
    integration = fixtures.staff("integration");
    manager = fixtures.staff("manager", fixtures.staff("director"));
    source = Fixtures.crmSource();
    account = anAccount().ownedBy(manager).externalId(source, "ACC-1").create();
  }

  private String record(String severity, String extra) {
    return """
        {"account": {"source": "%s", "externalId": "ACC-1"}, "title": "Invoice disputed",
         "severity": "%s", "category": "billing", "raisedAt": "2026-11-02T08:00:00Z"%s}
        """
        .formatted(source, severity, extra);
  }

  /** The end of the feed now: what comes after it is this test's. */
  private String feedEnd() {
    String cursor = null;
    while (true) {
      var request = Api.as(integration).queryParam("limit", 1000);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      JsonPath page = request.get(CHANGES).then().statusCode(200).extract().jsonPath();
      cursor = page.getString("nextCursor");
      if (page.getList("items").isEmpty()) {
        return cursor;
      }
    }
  }

  /** The issue changes after `cursor`, as the feed lists them. */
  private List<Map<String, Object>> issueChanges(String cursor) {
    List<Map<String, Object>> changes = new ArrayList<>();
    String after = cursor;
    while (true) {
      JsonPath page =
          Api.as(integration)
              .queryParam("after", after)
              .queryParam("types", "issues")
              .queryParam("limit", 1000)
              .get(CHANGES)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> items = page.getList("items");
      if (items.isEmpty()) {
        return changes;
      }
      changes.addAll(items);
      after = page.getString("nextCursor");
    }
  }

  @Test
  void aPutCreatesThenLeavesUnchangedThenUpdatesAndTheFeedSaysSo() {
    String start = feedEnd();
    String id =
        Api.as(integration)
            .body(record("medium", ""))
            .put(BY_EXTERNAL + source + "/500A-1")
            .then()
            .statusCode(201)
            .header("Location", containsString(ISSUES + "/"))
            .body("accountId", equalTo(account.toString()))
            .body("ownerId", equalTo(manager.idString())) // the account's owner
            .body("raisedBy", equalTo(null))
            .body("status", equalTo("open"))
            .body("dueAt", equalTo("2026-11-12T08:00:00Z"))
            .body("externalIds[0].externalId", equalTo("500A-1"))
            .extract()
            .path("id");
    Api.as(integration)
        .body(record("medium", ""))
        .put(BY_EXTERNAL + source + "/500A-1")
        .then()
        .statusCode(200)
        .body("version", equalTo(0));
    Api.as(integration)
        .body(record("critical", ""))
        .put(BY_EXTERNAL + source + "/500A-1")
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("dueAt", equalTo("2026-11-03T08:00:00Z"))
        .body("id", equalTo(id));
    Api.as(manager).delete(ISSUES + "/" + id).then().statusCode(204);

    List<Map<String, Object>> changes = issueChanges(start);
    assertThat(changes).extracting(c -> c.get("id")).containsOnly(id);
    assertThat(changes)
        .extracting(c -> c.get("operation"))
        .containsExactly("created", "updated", "deleted");
    assertThat(changes).extracting(c -> c.get("type")).containsOnly("issues");
    assertThat(changes).extracting(c -> c.get("version")).containsExactly(0, 1, 2);
    assertThat(changes)
        .extracting(c -> c.get("data"))
        .containsOnlyNulls(); // deleted now: tombstones
    assertThat(changes.get(0).get("externalIds").toString()).contains("500A-1");
    // the same PUT names a deleted issue: 409
    Api.as(integration)
        .body(record("critical", ""))
        .put(BY_EXTERNAL + source + "/500A-1")
        .then()
        .statusCode(409);
  }

  @Test
  void aBatchAnswersEachRecordAndTheFeedCarriesTheIssueAsGetShowsIt() {
    String start = feedEnd();
    Api.as(integration)
        .body(
            "{\"source\": \"%s\", \"records\": [%s, %s]}"
                .formatted(
                    source,
                    record("low", ", \"externalId\": \"K-1\""),
                    record("high", ", \"externalId\": \"K-2\"")))
        .post(BATCH)
        .then()
        .statusCode(200)
        .body("results.result", equalTo(List.of("created", "created")));
    String other = UUID.randomUUID().toString();
    JsonPath answer =
        Api.as(integration)
            .body(
                "{\"source\": \"%s\", \"records\": [%s, %s, %s, %s, %s, %s, %s]}"
                    .formatted(
                        source,
                        record("low", ", \"externalId\": \"K-1\""),
                        record(
                            "high",
                            ", \"externalId\": \"K-2\", \"status\": \"closed\", \"resolution\": \"Credit note issued\""),
                        record("medium", ", \"externalId\": \"K-3\""),
                        record("high", ", \"externalId\": \"K-4\", \"status\": \"pending\""),
                        record("high", ", \"externalId\": \"K-5\", \"status\": \"resolved\""),
                        record(
                            "high",
                            ", \"externalId\": \"K-6\", \"raisedBy\": {\"contactId\": \"%s\"}"
                                .formatted(other)),
                        record("high", ", \"externalId\": \"K-7\", \"resolution\": \"Early\"")))
            .post(BATCH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("results.result", String.class))
        .containsExactly("unchanged", "updated", "created", "error", "error", "error", "error");
    assertThat(answer.getString("results[3].problem.errors[0].field")).isEqualTo("status");
    assertThat(answer.getString("results[4].problem.errors[0].field")).isEqualTo("resolution");
    assertThat(answer.getString("results[5].problem.errors[0].field"))
        .isEqualTo("raisedBy.contactId");
    assertThat(answer.getString("results[6].problem.errors[0].field")).isEqualTo("resolution");
    assertThat(answer.getInt("results[0].version")).isZero();
    assertThat(answer.getInt("results[1].version")).isEqualTo(1);
    String closed = answer.getString("results[1].id");
    // the source's status is a `sync` move
    Api.as(manager)
        .get(ISSUES + "/" + closed)
        .then()
        .statusCode(200)
        .body("status", equalTo("closed"))
        .body("resolution", equalTo("Credit note issued"))
        .body("transitions", hasSize(1))
        .body("transitions[0].move", equalTo("sync"))
        .body("transitions[0].from", equalTo("open"))
        .body("transitions[0].to", equalTo("closed"))
        .body("transitions[0].by", equalTo(integration.idString()))
        .body("transitions[0].note", equalTo("status from " + source));
    assertThat(
            fixtures.count(
                "select count(*) from account_issue_external_id where source = ?1", source))
        .isEqualTo(3);

    // the feed: K-1 and K-2 created; then K-3 created and K-2 updated (a batch inserts before it
    // updates); nothing for the unchanged K-1
    List<Map<String, Object>> changes = issueChanges(start);
    assertThat(changes)
        .extracting(c -> c.get("operation"))
        .containsExactly("created", "created", "created", "updated");
    Map<String, Object> update = changes.get(3);
    assertThat(update.get("id")).isEqualTo(closed);
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) update.get("data");
    JsonPath get = Api.as(manager).get(ISSUES + "/" + closed).then().extract().jsonPath();
    assertThat(data).isEqualTo(get.getMap(""));
  }

  @Test
  void aRecordNamesItsAccountAndItsOwnerWithinTheRules() {
    TestStaff stranger = fixtures.staff("manager");
    // the account's external id is unknown to whoever may not see the account
    Api.as(stranger)
        .body(record("high", ""))
        .put(BY_EXTERNAL + source + "/M-1")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("account"));
    Api.as(integration)
        .body(record("high", ", \"ownerId\": \"%s\"".formatted(stranger.id())))
        .put(BY_EXTERNAL + source + "/M-1")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("ownerId"));
    Api.as(integration)
        .body("{\"title\": \"No account\", \"severity\": \"low\", \"category\": \"scope\"}")
        .put(BY_EXTERNAL + source + "/M-1")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("accountId"));
    // the owner upserts their own
    Api.as(manager)
        .body(record("high", ""))
        .put(BY_EXTERNAL + source + "/M-1")
        .then()
        .statusCode(201);
    for (String role : List.of("finance", "executive")) {
      Api.as(fixtures.staff(role))
          .body(record("high", ""))
          .put(BY_EXTERNAL + source + "/M-2")
          .then()
          .statusCode(403);
    }
    // atomic: nothing of a batch with a bad record
    Api.as(integration)
        .queryParam("atomic", "true")
        .body(
            "{\"source\": \"%s\", \"records\": [%s, %s]}"
                .formatted(
                    source,
                    record("low", ", \"externalId\": \"A-1\""),
                    record("urgent", ", \"externalId\": \"A-2\"")))
        .post(BATCH)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("records[1].severity"));
    assertThat(
            fixtures.count(
                "select count(*) from account_issue_external_id where source = ?1 and external_id like 'A-%'",
                source))
        .isZero();
  }
}
