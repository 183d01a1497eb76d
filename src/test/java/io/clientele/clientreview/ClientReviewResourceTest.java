package io.clientele.clientreview;

import static io.clientele.account.AccountFixtures.anAccount;
import static io.clientele.clientreview.ClientReviewFixtures.aClientReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.Pages;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Client reviews through the API: their fields, list order, merge patches and bad input. */
@QuarkusTest
class ClientReviewResourceTest {
  static final String API = "/api/v1";

  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff manager;
  TestStaff colleague;
  UUID account;
  String contact;

  @BeforeEach
  void world() {
    director = fixtures.staff("director");
    manager = fixtures.staff("manager", director);
    colleague = fixtures.staff("manager", director);
    account = anAccount().ownedBy(manager).create();
    contact = contactOf(account, "Grace Hopper");
  }

  private String contactOf(UUID account, String name) {
    return Api.as(director)
        .body("{\"name\": \"%s\"}".formatted(name))
        .post(API + "/accounts/" + account + "/contacts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String reviews(UUID account) {
    return API + "/accounts/" + account + "/client-reviews";
  }

  private String review(String id) {
    return API + "/client-reviews/" + id;
  }

  /** A valid review body of `account`'s contact, the manager and the colleague. */
  private String body(String date, int satisfaction) {
    return """
        {"date": "%s", "period": "2026-Q4", "satisfaction": %d,
         "attendees": {"contactIds": ["%s"], "staffIds": ["%s", "%s"]},
         "notes": "Happy with delivery",
         "actions": [{"description": "Send the media plan", "ownerId": "%s", "dueDate": "2026-12-20"},
                     {"description": "Book the EMEA workshop", "ownerId": "%s", "done": true}]}
        """
        .formatted(
            date,
            satisfaction,
            contact,
            manager.id(),
            colleague.id(),
            manager.id(),
            colleague.id());
  }

  private long rows(String table, String column, Object id) {
    return fixtures.count(
        "select count(*) from %s where %s = cast(?1 as uuid)".formatted(table, column),
        id.toString());
  }

  private long reviewRowsOf(UUID account) {
    return rows("client_review", "account_id", account);
  }

  @Test
  void aManagerRecordsReadsChangesAndDeletesAReviewOfTheirAccount() {
    var created =
        Api.as(manager)
            .body(body("2026-12-10", 8))
            .post(reviews(account))
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/client-reviews/" + id);

    JsonPath read = Api.as(manager).get(review(id)).then().statusCode(200).extract().jsonPath();
    assertThat(read.getString("accountId")).isEqualTo(account.toString());
    assertThat(read.getString("date")).isEqualTo("2026-12-10");
    assertThat(read.getString("period")).isEqualTo("2026-Q4");
    assertThat(read.getString("periodStart")).isEqualTo("2026-10-01");
    assertThat(read.getString("periodEnd")).isEqualTo("2026-12-31");
    assertThat(read.getInt("satisfaction")).isEqualTo(8);
    assertThat(read.getList("attendees.contactIds")).containsExactly(contact);
    assertThat(read.getList("attendees.staffIds"))
        .containsExactly(manager.idString(), colleague.idString());
    assertThat(read.getString("notes")).isEqualTo("Happy with delivery");
    assertThat(read.getList("actions.description"))
        .containsExactly("Send the media plan", "Book the EMEA workshop");
    assertThat(read.getList("actions.ownerId"))
        .containsExactly(manager.idString(), colleague.idString());
    assertThat(read.getList("actions.dueDate")).containsExactly("2026-12-20", null);
    assertThat(read.getList("actions.done")).containsExactly(false, true);
    assertThat(read.getLong("version")).isZero();
    String kept = read.getString("actions[0].id");
    String dropped = read.getString("actions[1].id");

    // keep the first action (now done), drop the second, add a third; staff only: the contact
    // stays, as merge patch merges the attendees object member by member
    JsonPath patched =
        Api.as(manager)
            .header("If-Match", "\"0\"")
            .contentType("application/merge-patch+json")
            .body(
                """
                {"notes": null, "attendees": {"staffIds": ["%s"]},
                 "actions": [{"id": "%s", "description": "Send the media plan", "ownerId": "%s", "done": true},
                             {"description": "Share the Q1 brief", "ownerId": "%s"}]}
                """
                    .formatted(manager.id(), kept, manager.id(), colleague.id()))
            .patch(review(id))
            .then()
            .statusCode(200)
            .header("ETag", "\"1\"")
            .extract()
            .jsonPath();
    assertThat(patched.getString("notes")).isNull();
    assertThat(patched.getList("attendees.contactIds")).containsExactly(contact);
    assertThat(patched.getList("attendees.staffIds")).containsExactly(manager.idString());
    assertThat(patched.getString("actions[0].id")).isEqualTo(kept);
    assertThat(patched.getBoolean("actions[0].done")).isTrue();
    assertThat(patched.getString("actions[0].dueDate")).isNull();
    assertThat(patched.getString("actions[1].id")).isNotIn(kept, dropped);
    assertThat(patched.getString("actions[1].description")).isEqualTo("Share the Q1 brief");
    assertThat(rows("client_review_action", "client_review_id", id)).isEqualTo(2);
    assertThat(rows("client_review_action", "id", dropped)).isZero();
    assertThat(rows("client_review_attendee", "client_review_id", id)).isEqualTo(2);

    // the ETag read before the patch is stale now
    Api.as(manager)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body("{\"notes\": \"Late\"}")
        .patch(review(id))
        .then()
        .statusCode(412);
    Api.as(manager).header("If-Match", "\"0\"").delete(review(id)).then().statusCode(412);
    Api.as(manager).header("If-Match", "\"1\"").delete(review(id)).then().statusCode(204);
    Api.as(manager).get(review(id)).then().statusCode(404);
    Api.as(manager).get(reviews(account)).then().statusCode(200).body("items", empty());
    assertThat(
            fixtures.count(
                "select count(*) from client_review where id = cast(?1 as uuid) and deleted_at is not null",
                id))
        .as("soft-deleted")
        .isEqualTo(1);
  }

  @Test
  void aPatchThatChangesNothingKeepsTheVersion() {
    String id =
        Api.as(manager)
            .body(body("2026-12-10", 8))
            .post(reviews(account))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String kept = Api.as(manager).get(review(id)).then().extract().path("actions[0].id");
    Api.as(manager)
        .contentType("application/merge-patch+json")
        .body("{\"satisfaction\": 8, \"attendees\": {\"contactIds\": [\"%s\"]}}".formatted(contact))
        .patch(review(id))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("actions[0].id", equalTo(kept));
  }

  @Test
  void theListIsNewestFirstByDateThenByCreationInKeysetPages() {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    UUID oldest = aClientReview().on(account).dated("2026-03-31").createdAt(now).create();
    UUID sameDayFirst = aClientReview().on(account).dated("2026-09-30").createdAt(now).create();
    UUID sameDayLater =
        aClientReview().on(account).dated("2026-09-30").createdAt(now.plusSeconds(60)).create();
    UUID newest = aClientReview().on(account).dated("2026-12-10").createdAt(now).create();
    aClientReview().on(account).dated("2027-01-10").deleted(true).create();
    aClientReview().on(anAccount().ownedBy(manager).create()).dated("2026-10-10").create();

    List<String> paged =
        Pages.collect(() -> Api.as(manager).queryParam("limit", 1), reviews(account), "id");
    assertThat(paged)
        .containsExactly(
            newest.toString(), sameDayLater.toString(), sameDayFirst.toString(), oldest.toString());
    Api.as(manager)
        .queryParam("sort", "date")
        .get(reviews(account))
        .then()
        .body("items[0].id", equalTo(oldest.toString()));
    Api.as(manager).queryParam("sort", "satisfaction").get(reviews(account)).then().statusCode(400);
  }

  @Test
  void aScoreOutsideZeroToTenIs422NamingSatisfactionAndWritesNothing() {
    for (String score : List.of("11", "-1", "8.5")) {
      Api.as(manager)
          .body(body("2026-12-10", 0).replace("\"satisfaction\": 0", "\"satisfaction\": " + score))
          .post(reviews(account))
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors.field", contains("satisfaction"));
    }
    assertThat(reviewRowsOf(account)).isZero();
  }

  @Test
  void anotherAccountsContactAsAttendeeIs422NamingItAndWritesNothing() {
    String theirs = contactOf(anAccount().ownedBy(manager).create(), "Someone Else");
    Api.as(manager)
        .body(body("2026-12-10", 8).replace(contact, contact + "\", \"" + theirs))
        .post(reviews(account))
        .then()
        .statusCode(422)
        .body("errors.field", contains("attendees.contactIds[1]"))
        .body("errors[0].message", equalTo("not a contact of this account"));
    // every bad reference of the body at once
    Api.as(manager)
        .body(
            body("2026-12-10", 8)
                .replace(contact, theirs)
                .replace(colleague.idString(), UUID.randomUUID().toString()))
        .post(reviews(account))
        .then()
        .statusCode(422)
        .body(
            "errors.field",
            contains("actions[1].ownerId", "attendees.contactIds[0]", "attendees.staffIds[1]"));
    assertThat(reviewRowsOf(account)).isZero();
  }

  @Test
  void oneBadActionFailsTheWholeReviewAndWritesNothing() {
    UUID nobody = UUID.randomUUID();
    Api.as(manager)
        .body(
            body("2026-12-10", 8)
                .replace("\"ownerId\": \"" + colleague.id(), "\"ownerId\": \"" + nobody))
        .post(reviews(account))
        .then()
        .statusCode(422)
        .body("errors.field", contains("actions[1].ownerId"))
        .body("errors.message", contains("no such staff member"));
    assertThat(reviewRowsOf(account)).isZero();
    assertThat(
            fixtures.count("select count(*) from client_review_action where owner_id = ?1", nobody))
        .isZero();
    assertThat(
            fixtures.count(
                "select count(*) from client_review_attendee where contact_id = cast(?1 as uuid)",
                contact))
        .isZero();
    assertThat(
            fixtures.count(
                "select count(*) from account where id = ?1 and satisfaction_from_reviews",
                account))
        .as("the account's satisfaction is still its own")
        .isZero();
  }

  @Test
  void nulBytesAnUnknownPeriodAndDuplicatesAre422AndWriteNothing() {
    Api.as(manager)
        .body(body("2026-12-10", 8).replace("Happy with delivery", "Happy\\u0000"))
        .post(reviews(account))
        .then()
        .statusCode(422)
        .body("errors.field", contains("notes"));
    Api.as(manager)
        .body(body("2026-12-10", 8).replace("Send the media plan", "Send\\u0000"))
        .post(reviews(account))
        .then()
        .statusCode(422)
        .body("errors.field", contains("actions[0].description"));
    Api.as(manager)
        .body(body("2026-12-10", 8).replace("2026-Q4", "2026-Q5"))
        .post(reviews(account))
        .then()
        .statusCode(422)
        .body("errors.field", contains("period"));
    Api.as(manager)
        .body(body("2026-12-10", 8).replace(contact, contact + "\", \"" + contact))
        .post(reviews(account))
        .then()
        .statusCode(422)
        .body("errors.field", contains("attendees.contactIds[1]"))
        .body("errors[0].message", equalTo("listed twice"));
    Api.as(manager)
        .body(
            body("2026-12-10", 8)
                .replace(
                    "\"description\": \"Send",
                    "\"id\": \"%s\", \"description\": \"Send".formatted(UUID.randomUUID())))
        .post(reviews(account))
        .then()
        .statusCode(422)
        .body("errors.field", contains("actions[0].id"));
    assertThat(reviewRowsOf(account)).isZero();
  }

  @Test
  void aPatchWithABadActionChangesNothing() {
    String id =
        Api.as(manager)
            .body(body("2026-12-10", 8))
            .post(reviews(account))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    JsonPath before = Api.as(manager).get(review(id)).then().extract().jsonPath();
    // another review's action is not this one's to keep
    String other =
        Api.as(manager)
            .body(body("2026-11-10", 6))
            .post(reviews(account))
            .then()
            .statusCode(201)
            .extract()
            .path("actions[0].id");
    Api.as(manager)
        .contentType("application/merge-patch+json")
        .body(
            """
            {"satisfaction": 2, "actions": [{"description": "Fine", "ownerId": "%s"},
                                            {"id": "%s", "description": "Theirs", "ownerId": "%s"}]}
            """
                .formatted(manager.id(), other, manager.id()))
        .patch(review(id))
        .then()
        .statusCode(422)
        .body("errors.field", contains("actions[1].id"));
    JsonPath after = Api.as(manager).get(review(id)).then().extract().jsonPath();
    assertThat(after.getInt("version")).isEqualTo(before.getInt("version"));
    assertThat(after.getInt("satisfaction")).isEqualTo(8);
    assertThat(after.getList("actions.id")).isEqualTo(before.getList("actions.id"));
  }

  @Test
  void aContactDeletedSinceStaysOnTheReviewsThatHadThem() {
    String id =
        Api.as(manager)
            .body(body("2026-12-10", 8))
            .post(reviews(account))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(manager).delete(API + "/contacts/" + contact).then().statusCode(204);
    Api.as(manager)
        .contentType("application/merge-patch+json")
        .body("{\"notes\": \"Follow-up sent\"}")
        .patch(review(id))
        .then()
        .statusCode(200)
        .body("attendees.contactIds", contains(contact));
    // but a new review may not name them
    Api.as(manager)
        .body(body("2026-12-11", 8))
        .post(reviews(account))
        .then()
        .statusCode(422)
        .body("errors.field", contains("attendees.contactIds[0]"));
  }

  @Test
  void someoneWhoMayNotSeeTheAccountGets404AndFinanceReadsButMayNotWrite() {
    String id =
        Api.as(manager)
            .body(body("2026-12-10", 8))
            .post(reviews(account))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    TestStaff stranger = fixtures.staff("manager");
    Api.as(stranger).get(review(id)).then().statusCode(404);
    Api.as(stranger).get(reviews(account)).then().statusCode(404);
    Api.as(stranger).body(body("2026-12-10", 8)).post(reviews(account)).then().statusCode(404);
    TestStaff finance = fixtures.staff("finance");
    Api.as(finance).get(review(id)).then().statusCode(200);
    Api.as(finance)
        .contentType("application/merge-patch+json")
        .body("{\"notes\": \"x\"}")
        .patch(review(id))
        .then()
        .statusCode(403);
    Api.as(director).get(reviews(account)).then().statusCode(200).body("items.id", contains(id));
  }
}
