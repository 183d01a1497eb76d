package io.clientele.activity;

import static io.clientele.account.AccountFixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording, listing, changing and deleting activities, and the input they refuse. */
@QuarkusTest
class ActivityResourceTest {
  static final String API = "/api/v1";

  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff max;
  TestStaff mia;
  UUID northwind;
  String grace;

  @BeforeEach
  void world() {
    director = fixtures.staff("director");
    max = fixtures.staff("manager", director);
    mia = fixtures.staff("manager", director);
    northwind = anAccount().ownedBy(max).create();
    grace = contact(northwind, "Grace Hopper");
  }

  private String contact(UUID account, String name) {
    return Api.as(max)
        .body("{\"name\": \"%s\"}".formatted(name))
        .post(API + "/accounts/" + account + "/contacts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String activities(UUID account) {
    return API + "/accounts/" + account + "/activities";
  }

  @Test
  void aManagerRecordsAMeetingWithEveryFieldAndReadsItBack() {
    String id =
        Api.as(max)
            .body(
                """
                {"type": "meeting", "at": "2026-11-10T14:00:00+01:00", "staffIds": ["%s", "%s"],
                 "contactIds": ["%s"], "subject": "  QBR prep ", "summary": "Q4 results",
                 "outcome": "Budget by Friday",
                 "externalIds": [{"source": "salesforce", "externalId": "00U1"}]}
                """
                    .formatted(max.id(), mia.id(), grace))
            .post(activities(northwind))
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/activities/"))
            .header("ETag", "\"0\"")
            .extract()
            .path("id");
    Api.as(max)
        .get(API + "/activities/" + id)
        .then()
        .statusCode(200)
        .body("accountId", equalTo(northwind.toString()))
        .body("type", equalTo("meeting"))
        .body("at", equalTo("2026-11-10T13:00:00Z"))
        .body("staffIds", contains(max.idString(), mia.idString()))
        .body("contactIds", contains(grace))
        .body("subject", equalTo("QBR prep"))
        .body("summary", equalTo("Q4 results"))
        .body("outcome", equalTo("Budget by Friday"))
        .body("externalIds.externalId", contains("00U1"))
        .body("version", equalTo(0));
  }

  @Test
  void staffDefaultToTheCallerAndToNobodyForAConnector() {
    String mine = ActivityFixtures.record(max, northwind, "call", "2026-11-02T09:00:00Z");
    Api.as(max).get(API + "/activities/" + mine).then().body("staffIds", contains(max.idString()));
    String synced =
        ActivityFixtures.record(
            fixtures.staff("integration"), northwind, "email", "2026-11-02T10:00:00Z");
    Api.as(max).get(API + "/activities/" + synced).then().body("staffIds", empty());
  }

  @Test
  void listsFilterByTypeStaffContactAndTimeLatestFirst() {
    String meeting =
        create(
            "{\"type\": \"meeting\", \"at\": \"2026-10-05T10:00:00Z\", \"subject\": \"Kick-off\","
                + " \"contactIds\": [\"%s\"]}".formatted(grace));
    String call =
        create(
            "{\"type\": \"call\", \"at\": \"2026-10-20T10:00:00Z\", \"subject\": \"Check-in\","
                + " \"staffIds\": [\"%s\"]}".formatted(mia.id()));
    String note =
        create("{\"type\": \"note\", \"at\": \"2026-11-01T10:00:00Z\", \"subject\": \"Idea\"}");
    UUID other = anAccount().ownedBy(max).create();
    String elsewhere = ActivityFixtures.record(max, other, "call", "2026-10-21T10:00:00Z");

    Api.as(max)
        .get(activities(northwind))
        .then()
        .statusCode(200)
        .body("items.id", contains(note, call, meeting));
    Api.as(max)
        .queryParam("sort", "at")
        .get(activities(northwind))
        .then()
        .body("items.id", contains(meeting, call, note));
    Api.as(max)
        .queryParam("type", "meeting")
        .queryParam("type", "note")
        .get(activities(northwind))
        .then()
        .body("items.id", contains(note, meeting));
    Api.as(max)
        .queryParam("type", "call,note")
        .queryParam("from", "2026-10-20T10:00:00Z")
        .queryParam("to", "2026-10-31T23:59:59Z")
        .get(activities(northwind))
        .then()
        .body("items.id", contains(call));
    Api.as(max)
        .queryParam("staffId", mia.idString())
        .get(API + "/activities")
        .then()
        .body("items.id", contains(call));
    Api.as(max)
        .queryParam("contactId", grace)
        .get(API + "/activities")
        .then()
        .body("items.id", contains(meeting));
    Api.as(max)
        .queryParam("accountId", other.toString())
        .get(API + "/activities")
        .then()
        .body("items.id", contains(elsewhere));
    // keyset pages: two, then the rest, nothing twice
    JsonPath first =
        Api.as(max).queryParam("limit", 2).get(activities(northwind)).then().extract().jsonPath();
    assertThat(first.getList("items.id", String.class)).containsExactly(note, call);
    Api.as(max)
        .queryParam("limit", 2)
        .queryParam("cursor", first.getString("nextCursor"))
        .get(activities(northwind))
        .then()
        .body("items.id", contains(meeting))
        .body("nextCursor", equalTo(null));
  }

  @Test
  void scopeOwnIsWhatTheCallerTookPartInAndTeamWhatTheirTeamDid() {
    String maxs = ActivityFixtures.record(max, northwind, "call", "2026-11-03T09:00:00Z");
    String mias =
        create(
            "{\"type\": \"meeting\", \"at\": \"2026-11-04T09:00:00Z\", \"subject\": \"Lunch\","
                + " \"staffIds\": [\"%s\"]}".formatted(mia.id()));
    TestStaff outsider = fixtures.staff("manager");
    String outsiders =
        create(
            "{\"type\": \"email\", \"at\": \"2026-11-05T09:00:00Z\", \"subject\": \"Intro\","
                + " \"staffIds\": [\"%s\"]}".formatted(outsider.id()));
    Api.as(max)
        .queryParam("scope", "own")
        .queryParam("accountId", northwind.toString())
        .get(API + "/activities")
        .then()
        .body("items.id", contains(maxs));
    Api.as(director)
        .queryParam("scope", "team")
        .queryParam("accountId", northwind.toString())
        .get(API + "/activities")
        .then()
        .body("items.id", contains(mias, maxs));
    Api.as(director)
        .queryParam("accountId", northwind.toString())
        .get(API + "/activities")
        .then()
        .body("items.id", contains(outsiders, mias, maxs));
  }

  @Test
  void aTeamWithManyAccountsGetsTheSameListAsOneWithFew() {
    // more than ActivityQueries.FEW_ACCOUNTS: the list walks activities by time, not by account
    TestStaff busy = fixtures.staff("manager", director);
    List<UUID> accounts = new java.util.ArrayList<>();
    for (int i = 0; i <= ActivityQueries.FEW_ACCOUNTS; i++) {
      accounts.add(anAccount().ownedBy(busy).create());
    }
    String first = ActivityFixtures.record(busy, accounts.get(0), "call", "2026-11-03T09:00:00Z");
    String last =
        ActivityFixtures.record(
            busy, accounts.get(ActivityQueries.FEW_ACCOUNTS), "email", "2026-11-04T09:00:00Z");
    String maxs = ActivityFixtures.record(max, northwind, "meeting", "2026-11-02T09:00:00Z");
    ActivityFixtures.record(
        fixtures.staff("admin"),
        anAccount().ownedBy(fixtures.staff("manager")).create(),
        "call",
        "2026-11-05T09:00:00Z");
    Api.as(busy).get(API + "/activities").then().body("items.id", contains(last, first));
    Api.as(director).get(API + "/activities").then().body("items.id", contains(last, first, maxs));
    Api.as(max).get(API + "/activities").then().body("items.id", contains(maxs));
  }

  @Test
  void aPatchNeedsTheCurrentVersionAndAPatchThatChangesNothingKeepsIt() {
    String id = ActivityFixtures.record(max, northwind, "call", "2026-11-03T09:00:00Z");
    Api.as(max)
        .contentType("application/merge-patch+json")
        .header("If-Match", "\"0\"")
        .body("{\"outcome\": \"Renewal agreed\", \"contactIds\": [\"%s\"]}".formatted(grace))
        .patch(API + "/activities/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("outcome", equalTo("Renewal agreed"))
        .body("contactIds", contains(grace))
        .body("staffIds", contains(max.idString()));
    Api.as(max)
        .header("If-Match", "\"0\"")
        .body("{\"outcome\": \"Stale\"}")
        .patch(API + "/activities/" + id)
        .then()
        .statusCode(412);
    Api.as(max)
        .body("{\"outcome\": \"Renewal agreed\"}")
        .patch(API + "/activities/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
    // null clears an optional field
    Api.as(max)
        .body("{\"outcome\": null, \"staffIds\": []}")
        .patch(API + "/activities/" + id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo(null))
        .body("staffIds", empty())
        .body("version", equalTo(2));
  }

  @Test
  void aDeletedActivityIsGoneFromReads() {
    String id = ActivityFixtures.record(max, northwind, "call", "2026-11-03T09:00:00Z");
    Api.as(max)
        .header("If-Match", "\"1\"")
        .delete(API + "/activities/" + id)
        .then()
        .statusCode(412);
    Api.as(max).delete(API + "/activities/" + id).then().statusCode(204);
    Api.as(max).get(API + "/activities/" + id).then().statusCode(404);
    Api.as(max).get(activities(northwind)).then().body("items", empty());
    assertThat(
            fixtures.count(
                "select count(*) from activity where id = cast(?1 as uuid) and deleted_at is not null",
                id))
        .isEqualTo(1);
  }

  @Test
  void whoMayReadAndWriteFollowsTheAccount() {
    String id = ActivityFixtures.record(max, northwind, "call", "2026-11-03T09:00:00Z");
    TestStaff stranger = fixtures.staff("manager");
    Api.as(stranger).get(API + "/activities/" + id).then().statusCode(404);
    Api.as(stranger).get(activities(northwind)).then().statusCode(404);
    Api.as(stranger)
        .body("{\"type\": \"call\", \"at\": \"2026-11-03T09:00:00Z\", \"subject\": \"x\"}")
        .post(activities(northwind))
        .then()
        .statusCode(404);
    Api.as(stranger)
        .queryParam("accountId", northwind.toString())
        .get(API + "/activities")
        .then()
        .statusCode(200)
        .body("items", empty());
    for (String role : List.of("finance", "executive")) {
      TestStaff reader = fixtures.staff(role);
      Api.as(reader).get(API + "/activities/" + id).then().statusCode(200);
      Api.as(reader)
          .body("{\"type\": \"call\", \"at\": \"2026-11-03T09:00:00Z\", \"subject\": \"x\"}")
          .post(activities(northwind))
          .then()
          .statusCode(403);
      Api.as(reader).delete(API + "/activities/" + id).then().statusCode(403);
    }
  }

  // ---- bad input

  private void refused(String body, String field) {
    Api.as(max)
        .body(body)
        .post(activities(northwind))
        .then()
        .statusCode(422)
        .body("errors.field", hasItem(field));
  }

  @Test
  void anUnknownTypeIsRefusedNamingType() {
    refused("{\"type\": \"lunch\", \"at\": \"2026-11-03T09:00:00Z\", \"subject\": \"x\"}", "type");
    refused("{\"type\": 1, \"at\": \"2026-11-03T09:00:00Z\", \"subject\": \"x\"}", "type");
  }

  @Test
  void anActivityMoreThanAYearAheadIsRefusedNamingAt() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    refused(
        "{\"type\": \"meeting\", \"at\": \"%s\", \"subject\": \"x\"}"
            .formatted(now.plus(367, ChronoUnit.DAYS)),
        "at");
    // booked eleven months ahead: fine
    create(
        "{\"type\": \"meeting\", \"at\": \"%s\", \"subject\": \"x\"}"
            .formatted(now.plus(330, ChronoUnit.DAYS)));
  }

  @Test
  void anotherAccountsContactIsRefusedNamingTheField() {
    UUID other = anAccount().ownedBy(max).create();
    String theirs = contact(other, "Someone Else");
    Api.as(max)
        .body(
            "{\"type\": \"meeting\", \"at\": \"2026-11-03T09:00:00Z\", \"subject\": \"x\","
                + " \"contactIds\": [\"%s\", \"%s\"]}".formatted(grace, theirs))
        .post(activities(northwind))
        .then()
        .statusCode(422)
        .body("errors.field", contains("contactIds[1]"));
    refused(
        "{\"type\": \"meeting\", \"at\": \"2026-11-03T09:00:00Z\", \"subject\": \"x\","
            + " \"contactIds\": [\"%s\"]}".formatted(UUID.randomUUID()),
        "contactIds[0]");
    refused(
        "{\"type\": \"meeting\", \"at\": \"2026-11-03T09:00:00Z\", \"subject\": \"x\","
            + " \"staffIds\": [\"%s\"]}".formatted(UUID.randomUUID()),
        "staffIds[0]");
    // a PATCH may not bring it in either
    String id = ActivityFixtures.record(max, northwind, "call", "2026-11-03T09:00:00Z");
    Api.as(max)
        .body("{\"contactIds\": [\"%s\"]}".formatted(theirs))
        .patch(API + "/activities/" + id)
        .then()
        .statusCode(422)
        .body("errors.field", contains("contactIds[0]"));
  }

  @Test
  void nulBytesWrongTypesAndReadOnlyFieldsAreRefusedNamingEachField() {
    Api.as(max)
        .body(
            """
            {"type": "call", "at": 1764760000, "subject": "a\\u0000b", "staffIds": "everyone",
             "contactIds": ["not-a-uuid"], "summary": ["x"], "id": "%s", "version": 3,
             "accountId": "%s"}
            """
                .formatted(UUID.randomUUID(), northwind))
        .post(activities(northwind))
        .then()
        .statusCode(422)
        .body(
            "errors.field",
            contains(
                "accountId",
                "at",
                "contactIds[0]",
                "id",
                "staffIds",
                "subject",
                "summary",
                "version"));
    refused("{\"type\": \"call\", \"at\": \"yesterday\", \"subject\": \"x\"}", "at");
    refused("{\"type\": \"call\", \"at\": \"2026-11-03\", \"subject\": \"x\"}", "at");
    refused(
        "{\"type\": \"call\", \"at\": \"2026-11-03T09:00:00Z\", \"subject\": \" \"}", "subject");
    refused("{\"at\": \"2026-11-03T09:00:00Z\", \"subject\": \"x\"}", "type");
    Api.as(max).queryParam("type", "lunch").get(activities(northwind)).then().statusCode(400);
    Api.as(max).queryParam("from", "2026-11-03").get(API + "/activities").then().statusCode(400);
    Api.as(max).queryParam("scope", "all").get(API + "/activities").then().statusCode(400);
    Api.as(max).queryParam("sort", "subject").get(API + "/activities").then().statusCode(400);
  }

  private String create(String body) {
    return Api.as(max)
        .body(body)
        .post(activities(northwind))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
