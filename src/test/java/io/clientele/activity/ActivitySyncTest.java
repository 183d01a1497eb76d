package io.clientele.activity;

import static io.clientele.account.AccountFixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

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
 * Activities upserted by external id (a CRM's tasks and events), one at a time and in batches, with
 * created, unchanged and updated results, and what the change feed shows of them and of their
 * accounts' lastContactAt.
 */
@QuarkusTest
class ActivitySyncTest {
  static final String API = "/api/v1";
  static final String BY_EXTERNAL = API + "/activities/by-external/";
  static final String BATCH = API + "/sync/activities";

  @Inject Fixtures fixtures;
  TestStaff integration;
  TestStaff owner;
  UUID account;
  String contact;
  String source;

  @BeforeEach
  void world() {
    integration = fixtures.staff("integration");
    owner = fixtures.staff("manager", fixtures.staff("director"));
    source = Fixtures.crmSource();
    account = anAccount().ownedBy(owner).externalId(source, "ACC-1").create();
    contact =
        Api.as(owner)
            .body("{\"name\": \"Grace Hopper\"}")
            .post(API + "/accounts/" + account + "/contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  /** A Salesforce-like task on the account named by its external id. */
  private String task(String type, String at, String extra) {
    return """
        {"account": {"source": "%s", "externalId": "ACC-1"}, "type": "%s", "at": "%s",
         "subject": "Renewal call", "contactIds": ["%s"]%s}
        """
        .formatted(source, type, at, contact, extra);
  }

  @Test
  void putCreatesThenLeavesAnUnchangedRecordAloneThenUpdates() {
    String id =
        Api.as(integration)
            .body(task("call", "2026-11-18T15:30:00Z", ""))
            .put(BY_EXTERNAL + source + "/00T1")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/activities/"))
            .body("accountId", equalTo(account.toString()))
            .body("staffIds", empty())
            .body("contactIds", contains(contact))
            .body("externalIds.externalId", contains("00T1"))
            .body("version", equalTo(0))
            .extract()
            .path("id");
    assertThat(ActivityFixtures.lastContactAt(owner, account)).isEqualTo("2026-11-18T15:30:00Z");
    Api.as(integration)
        .body(task("call", "2026-11-18T15:30:00Z", ""))
        .put(BY_EXTERNAL + source + "/00T1")
        .then()
        .statusCode(200)
        .body("version", equalTo(0));
    assertThat(changesOf(id)).isEqualTo(1);
    // the attendees it has stay when the record leaves them out; other fields are replaced
    Api.as(owner)
        .body("{\"staffIds\": [\"%s\"], \"outcome\": \"Will renew\"}".formatted(owner.id()))
        .patch(API + "/activities/" + id)
        .then()
        .statusCode(200);
    Api.as(integration)
        .body(task("call", "2026-11-19T15:30:00Z", ""))
        .put(BY_EXTERNAL + source + "/00T1")
        .then()
        .statusCode(200)
        .body("version", equalTo(2))
        .body("at", equalTo("2026-11-19T15:30:00Z"))
        .body("staffIds", contains(owner.idString()))
        .body("outcome", equalTo(null));
    assertThat(changesOf(id)).isEqualTo(3);
    assertThat(ActivityFixtures.lastContactAt(owner, account)).isEqualTo("2026-11-19T15:30:00Z");
    // deleted: its external id is a conflict, not a new record
    Api.as(owner).delete(API + "/activities/" + id).then().statusCode(204);
    Api.as(integration)
        .body(task("call", "2026-11-19T15:30:00Z", ""))
        .put(BY_EXTERNAL + source + "/00T1")
        .then()
        .statusCode(409);
  }

  @Test
  void aBatchAnswersCreatedUnchangedUpdatedAndErrorsAndTheFeedShowsWhatChanged() {
    String start = feedEnd();
    JsonPath first =
        batch(
            false,
            task("meeting", "2026-11-10T10:00:00Z", ", \"externalId\": \"B-1\""),
            task("call", "2026-11-12T10:00:00Z", ", \"externalId\": \"B-2\""));
    assertThat(first.getList("results.result", String.class)).containsExactly("created", "created");
    String b1 = first.getString("results[0].id");
    String b2 = first.getString("results[1].id");
    UUID other = anAccount().ownedBy(owner).create();
    UUID otherContact =
        UUID.fromString(
            Api.as(owner)
                .body("{\"name\": \"Elsewhere\"}")
                .post(API + "/accounts/" + other + "/contacts")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    Feed firstFeed = feedAfter(start);
    JsonPath second =
        batch(
            false,
            task("meeting", "2026-11-10T10:00:00Z", ", \"externalId\": \"B-1\""),
            task("email", "2026-11-13T10:00:00Z", ", \"externalId\": \"B-2\""),
            task("call", "2026-11-14T10:00:00Z", ", \"externalId\": \"B-3\"")
                .replace(contact, otherContact.toString()),
            task("lunch", "2026-11-14T10:00:00Z", ", \"externalId\": \"B-4\""),
            task("call", "2099-01-01T10:00:00Z", ", \"externalId\": \"B-5\""),
            task("call", "2026-11-14T10:00:00Z", ", \"externalId\": \"B-6\"")
                .replace("ACC-1", "ACC-404"));
    assertThat(second.getList("results.result", String.class))
        .containsExactly("unchanged", "updated", "error", "error", "error", "error");
    assertThat(second.getInt("results[0].version")).isEqualTo(0);
    assertThat(second.getInt("results[1].version")).isEqualTo(1);
    assertThat(second.getString("results[2].problem.errors[0].field")).isEqualTo("contactIds[0]");
    assertThat(second.getString("results[3].problem.errors[0].field")).isEqualTo("type");
    assertThat(second.getString("results[4].problem.errors[0].field")).isEqualTo("at");
    assertThat(second.getString("results[5].problem.errors[0].field")).isEqualTo("account");
    assertThat(ActivityFixtures.lastContactAt(owner, account)).isEqualTo("2026-11-13T10:00:00Z");

    // the feed: the first batch created both and moved the account twice in one statement (once)
    List<Map<String, Object>> firstChanges = firstFeed.changes();
    assertThat(summary(firstChanges, b1, b2))
        .containsExactly("activities " + b1 + " created 0", "activities " + b2 + " created 0");
    assertThat(summary(firstChanges, account.toString()))
        .containsExactly("accounts " + account + " updated 1");
    // the second: the unchanged record is not there, the updated one is, and the account moved
    List<Map<String, Object>> secondChanges = feedAfter(firstFeed.cursor()).changes();
    assertThat(summary(secondChanges, b1, b2, account.toString()))
        .containsExactly("activities " + b2 + " updated 1", "accounts " + account + " updated 2");
    Map<String, Object> updated =
        secondChanges.stream().filter(c -> b2.equals(c.get("id"))).findFirst().orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) updated.get("data");
    assertThat(data.get("type")).isEqualTo("email");
    assertThat(data.get("at")).isEqualTo("2026-11-13T10:00:00Z");
    Map<String, Object> accountChange =
        secondChanges.stream()
            .filter(c -> account.toString().equals(c.get("id")))
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> accountData = (Map<String, Object>) accountChange.get("data");
    assertThat(accountData.get("lastContactAt")).isEqualTo("2026-11-13T10:00:00Z");
    // atomic: nothing of a batch with a bad record
    Api.as(integration)
        .queryParam("atomic", "true")
        .body(
            "{\"source\": \"%s\", \"records\": [%s, %s]}"
                .formatted(
                    source,
                    task("call", "2026-11-20T10:00:00Z", ", \"externalId\": \"C-1\""),
                    task("call", "2026-11-20T10:00:00Z", ", \"externalId\": \"C-2\"")
                        .replace(contact, otherContact.toString())))
        .post(BATCH)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("records[1].contactIds[0]"));
    assertThat(
            fixtures.count("select count(*) from activity_external_id where source = ?1", source))
        .isEqualTo(2);
  }

  @Test
  void theFeedCarriesActivitiesToAConsumerThatNamesThem() {
    String start = feedEnd();
    String id = ActivityFixtures.record(owner, account, "call", "2026-11-18T15:30:00Z");
    // a consumer built on v1 names no type: it gets the account's change, never an activity
    JsonPath unnamed =
        Api.as(integration)
            .queryParam("after", start)
            .queryParam("limit", 1000)
            .get(API + "/changes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(unnamed.getList("items.type", String.class)).doesNotContain("activities");
    assertThat(unnamed.getList("items.id", String.class)).contains(account.toString());
    JsonPath named =
        Api.as(integration)
            .queryParam("after", start)
            .queryParam("limit", 1000)
            .queryParam("types", "activities")
            .get(API + "/changes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(named.getList("items.id", String.class)).containsExactly(id);
    assertThat(named.getString("items[0].operation")).isEqualTo("created");
    assertThat(named.getString("items[0].data.subject")).isEqualTo("call 2026-11-18T15:30:00Z");
    // the owner sees it too; someone who may not see the account does not
    Api.as(owner)
        .queryParam("after", start)
        .queryParam("types", "activities")
        .get(API + "/changes")
        .then()
        .body("items.id", contains(id));
    Api.as(fixtures.staff("manager"))
        .queryParam("after", start)
        .queryParam("types", "activities")
        .get(API + "/changes")
        .then()
        .body("items", empty());
  }

  @Test
  void aManagerUpsertsOnlyOnTheirOwnAccounts() {
    TestStaff stranger = fixtures.staff("manager");
    Api.as(stranger)
        .body(task("call", "2026-11-18T15:30:00Z", ""))
        .put(BY_EXTERNAL + source + "/M-1")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("account"));
    Api.as(owner)
        .body(task("call", "2026-11-18T15:30:00Z", ""))
        .put(BY_EXTERNAL + source + "/M-1")
        .then()
        .statusCode(201)
        .body("staffIds", contains(owner.idString()));
    // the stranger may not see it: its external id is a 404, as for a missing record
    Api.as(stranger)
        .body(
            task("call", "2026-11-18T15:30:00Z", "")
                .replaceFirst("\"account\": \\{[^}]*}", "\"accountId\": \"" + account + "\""))
        .put(BY_EXTERNAL + source + "/M-1")
        .then()
        .statusCode(404);
    for (String role : List.of("finance", "executive")) {
      Api.as(fixtures.staff(role))
          .body(task("call", "2026-11-18T15:30:00Z", ""))
          .put(BY_EXTERNAL + source + "/M-2")
          .then()
          .statusCode(403);
    }
  }

  // ---- helpers

  private JsonPath batch(boolean atomic, String... records) {
    return Api.as(integration)
        .queryParam("atomic", atomic)
        .body(
            "{\"source\": \"%s\", \"records\": [%s]}".formatted(source, String.join(", ", records)))
        .post(BATCH)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private long changesOf(String id) {
    return fixtures.count(
        "select count(*) from change_log where type = 'activities' and record_id = cast(?1 as uuid)",
        id);
  }

  /** The cursor after the last change so far. */
  private String feedEnd() {
    String cursor = null;
    while (true) {
      var request = Api.as(integration).queryParam("limit", 1000);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      JsonPath page = request.get(API + "/changes").then().statusCode(200).extract().jsonPath();
      cursor = page.getString("nextCursor");
      if (page.getList("items").isEmpty()) {
        return cursor;
      }
    }
  }

  /** The activities' and accounts' changes after a cursor, and the cursor after them. */
  record Feed(List<Map<String, Object>> changes, String cursor) {}

  private Feed feedAfter(String after) {
    List<Map<String, Object>> seen = new ArrayList<>();
    String cursor = after;
    while (true) {
      JsonPath page =
          Api.as(integration)
              .queryParam("after", cursor)
              .queryParam("limit", 2)
              .queryParam("types", "activities,accounts")
              .get(API + "/changes")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      cursor = page.getString("nextCursor");
      List<Map<String, Object>> items = page.getList("items");
      if (items.isEmpty()) {
        return new Feed(seen, cursor);
      }
      seen.addAll(items);
    }
  }

  /** "type id operation version" of the changes of these records, in feed order. */
  private static List<String> summary(List<Map<String, Object>> changes, String... ids) {
    List<String> of = List.of(ids);
    return changes.stream()
        .filter(c -> of.contains(c.get("id")))
        .map(
            c ->
                c.get("type")
                    + " "
                    + c.get("id")
                    + " "
                    + c.get("operation")
                    + " "
                    + c.get("version"))
        .toList();
  }
}
