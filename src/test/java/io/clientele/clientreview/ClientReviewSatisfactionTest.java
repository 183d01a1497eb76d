package io.clientele.clientreview;

import static io.clientele.account.AccountFixtures.anAccount;
import static io.clientele.clientreview.ClientReviewFixtures.aClientReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account's satisfaction is its latest client review's score, kept by the database (V19): it
 * moves with a newer review and not with an older-dated one, falls back when reviews go, moves the
 * account's version (its ETag), and no account write may change it meanwhile.
 */
@QuarkusTest
class ClientReviewSatisfactionTest {
  static final String API = "/api/v1";

  @Inject Fixtures fixtures;
  @Inject DataSource dataSource;
  TestStaff manager;
  UUID account;

  @BeforeEach
  void world() {
    manager = fixtures.staff("manager", fixtures.staff("director"));
    account = anAccount().ownedBy(manager).satisfaction(new BigDecimal("6.5")).create();
  }

  private String accountPath() {
    return API + "/accounts/" + account;
  }

  /** The account as GET answers it, with its ETag. */
  private record Seen(BigDecimal satisfaction, boolean fromReviews, String etag, Instant updated) {}

  private Seen seen() {
    var answer = Api.as(manager).get(accountPath()).then().statusCode(200).extract();
    JsonPath json = answer.jsonPath();
    String satisfaction = json.getString("satisfaction");
    return new Seen(
        satisfaction == null ? null : new BigDecimal(satisfaction),
        json.getBoolean("satisfactionFromReviews"),
        answer.header("ETag"),
        Instant.parse(json.getString("updatedAt")));
  }

  private String record(String date, int score) {
    return Api.as(manager)
        .body(
            "{\"date\": \"%s\", \"period\": \"2026-Q4\", \"satisfaction\": %d}"
                .formatted(date, score))
        .post(accountPath() + "/client-reviews")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private void delete(String review) {
    Api.as(manager).delete(API + "/client-reviews/" + review).then().statusCode(204);
  }

  @Test
  void theLatestReviewByDateSetsItAndDeletesFallBack() {
    Seen manual = seen();
    assertThat(manual.satisfaction()).isEqualByComparingTo("6.5");
    assertThat(manual.fromReviews()).isFalse();

    String september = record("2026-09-30", 7);
    Seen first = seen();
    assertThat(first.satisfaction()).isEqualByComparingTo("7");
    assertThat(first.fromReviews()).isTrue();
    assertThat(first.etag()).isNotEqualTo(manual.etag());
    assertThat(first.updated()).isAfter(manual.updated());

    // an older-dated review changes nothing on the account, not even its version
    String june = record("2026-06-30", 3);
    assertThat(seen()).isEqualTo(first);

    String december = record("2026-12-10", 9);
    Seen newest = seen();
    assertThat(newest.satisfaction()).isEqualByComparingTo("9");
    assertThat(newest.etag()).isNotEqualTo(first.etag());

    // a review moved back in time gives way to the next latest
    Api.as(manager)
        .contentType("application/merge-patch+json")
        .body("{\"date\": \"2026-01-15\"}")
        .patch(API + "/client-reviews/" + december)
        .then()
        .statusCode(200);
    assertThat(seen().satisfaction()).isEqualByComparingTo("7");
    // a new score of the latest one moves it
    Api.as(manager)
        .contentType("application/merge-patch+json")
        .body("{\"satisfaction\": 5}")
        .patch(API + "/client-reviews/" + september)
        .then()
        .statusCode(200);
    assertThat(seen().satisfaction()).isEqualByComparingTo("5");

    delete(september);
    assertThat(seen().satisfaction()).isEqualByComparingTo("3"); // june's
    delete(june);
    assertThat(seen().satisfaction()).isEqualByComparingTo("9"); // december's, now in January
    Seen lastOne = seen();
    delete(december);
    Seen none = seen();
    // no review left: the value the account had before its first one, writable again
    assertThat(none.satisfaction()).isEqualByComparingTo("6.5");
    assertThat(none.fromReviews()).isFalse();
    assertThat(none.etag()).isNotEqualTo(lastOne.etag());
    Api.as(manager)
        .contentType("application/merge-patch+json")
        .body("{\"satisfaction\": 4.5}")
        .patch(accountPath())
        .then()
        .statusCode(200)
        .body("satisfaction", equalTo(4.5f));
  }

  @Test
  void onTheSameDateTheLaterCreatedReviewCounts() {
    Instant morning = Instant.parse("2026-12-10T09:00:00Z");
    aClientReview().on(account).dated("2026-12-10").scored(4).createdAt(morning).create();
    aClientReview()
        .on(account)
        .dated("2026-12-10")
        .scored(8)
        .createdAt(morning.plusSeconds(3600))
        .create();
    aClientReview()
        .on(account)
        .dated("2026-12-10")
        .scored(2)
        .createdAt(morning.minusSeconds(3600))
        .create();
    assertThat(seen().satisfaction()).isEqualByComparingTo("8");
  }

  @Test
  void theDatabaseKeepsItWhoeverWritesTheReviews() {
    // psql: an insert, a new score, a soft delete, a hard delete, a review moved to another account
    UUID first = aClientReview().on(account).dated("2026-03-31").scored(4).create();
    assertThat(seen().satisfaction()).isEqualByComparingTo("4");
    UUID second = aClientReview().on(account).dated("2026-06-30").scored(6).create();
    assertThat(seen().satisfaction()).isEqualByComparingTo("6");
    fixtures.execute("update client_review set satisfaction = 10 where id = ?1", second);
    assertThat(seen().satisfaction()).isEqualByComparingTo("10");
    fixtures.execute("update client_review set deleted_at = now() where id = ?1", second);
    assertThat(seen().satisfaction()).isEqualByComparingTo("4");
    UUID other = anAccount().ownedBy(manager).create();
    fixtures.execute("update client_review set account_id = ?1 where id = ?2", other, first);
    Seen none = seen();
    assertThat(none.satisfaction()).isEqualByComparingTo("6.5");
    assertThat(none.fromReviews()).isFalse();
    assertThat(satisfactionOf(other)).isEqualTo("4.0");
    fixtures.execute("delete from client_review where id = ?1", first);
    assertThat(satisfactionOf(other)).isEqualTo("null");
    // a deleted review's account changes in the feed like any other write of it
    assertThat(
            fixtures.count(
                "select count(*) from change_log where type = 'accounts' and record_id = ?1",
                other))
        .isEqualTo(3); // created, derived 4.0, back to none
  }

  @Test
  void twoReviewsWrittenAtOnceEachSeeTheOther() throws Exception {
    // the later-dated review's transaction holds its write open while an earlier-dated one is
    // written: the second must wait, then derive from both (9), not from what it saw at first (2)
    try (Connection later = dataSource.getConnection();
        Connection earlier = dataSource.getConnection()) {
      later.setAutoCommit(false);
      earlier.setAutoCommit(false);
      insert(later, "2026-12-10", 9);
      CompletableFuture<Void> second =
          CompletableFuture.runAsync(
              () -> {
                try {
                  insert(earlier, "2026-06-10", 2);
                  earlier.commit();
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      Thread.sleep(500);
      assertThat(second).as("waits for the first writer of the account").isNotDone();
      later.commit();
      second.get(10, TimeUnit.SECONDS);
    }
    assertThat(seen().satisfaction()).isEqualByComparingTo("9");
  }

  private void insert(Connection connection, String date, int score) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            insert into client_review (id, account_id, date, period, period_start, period_end,
                                       satisfaction, created_at, updated_at)
            values (gen_random_uuid(), ?, cast(? as date), '2026', '2026-01-01', '2026-12-31', ?,
                    now(), now())
            """)) {
      insert.setObject(1, account);
      insert.setString(2, date);
      insert.setInt(3, score);
      insert.executeUpdate();
    }
  }

  private String satisfactionOf(UUID account) {
    return fixtures.text("select satisfaction from account where id = ?1", account);
  }

  @Test
  void theHistoryListsEveryScoreOldestFirstBetweenFromAndTo() {
    String june = record("2026-06-30", 3);
    String march = record("2026-03-31", 5);
    String december = record("2026-12-10", 9);
    record("2025-12-15", 6);
    String deleted = record("2026-09-30", 1);
    delete(deleted);

    JsonPath history =
        Api.as(manager)
            .queryParam("from", "2026-01-01")
            .queryParam("to", "2026-12-10")
            .get(accountPath() + "/satisfaction")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(history.getString("accountId")).isEqualTo(account.toString());
    assertThat(new BigDecimal(history.getString("current"))).isEqualByComparingTo("9");
    assertThat(history.getBoolean("fromReviews")).isTrue();
    assertThat(history.getString("from")).isEqualTo("2026-01-01");
    assertThat(history.getList("history.clientReviewId")).containsExactly(march, june, december);
    assertThat(history.getList("history.date"))
        .containsExactly("2026-03-31", "2026-06-30", "2026-12-10");
    assertThat(history.getList("history.satisfaction", Integer.class)).containsExactly(5, 3, 9);
    assertThat(history.getList("history.period")).containsOnly("2026-Q4");

    Api.as(manager)
        .get(accountPath() + "/satisfaction")
        .then()
        .body("history.satisfaction", contains(6, 5, 3, 9))
        .body("from", equalTo(null));
    Api.as(manager)
        .queryParam("from", "2026-12-11")
        .get(accountPath() + "/satisfaction")
        .then()
        .body("history", equalTo(List.of()));
    Api.as(manager)
        .queryParam("from", "2026-12-11")
        .queryParam("to", "2026-01-01")
        .get(accountPath() + "/satisfaction")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    Api.as(fixtures.staff("manager")).get(accountPath() + "/satisfaction").then().statusCode(404);
  }

  @Test
  void anAccountPatchMayNotChangeADerivedSatisfaction() {
    record("2026-12-10", 8);
    Seen before = seen();
    for (String value : List.of("7.5", "null")) {
      Api.as(manager)
          .contentType("application/merge-patch+json")
          .body("{\"region\": \"EMEA\", \"satisfaction\": %s}".formatted(value))
          .patch(accountPath())
          .then()
          .statusCode(422)
          .body("errors.field", contains("satisfaction"))
          .body(
              "errors[0].message", org.hamcrest.Matchers.startsWith("derived from client reviews"));
    }
    assertThat(seen()).isEqualTo(before);
    // the same value, or no satisfaction at all, passes
    Api.as(manager)
        .contentType("application/merge-patch+json")
        .body("{\"region\": \"EMEA\", \"satisfaction\": 8}")
        .patch(accountPath())
        .then()
        .statusCode(200)
        .body("region", equalTo("EMEA"));
    assertThat(seen().satisfaction()).isEqualByComparingTo("8");
  }

  @Test
  void aSyncRecordThatWouldChangeItFailsAndAnUnchangedOnePasses() {
    TestStaff integration = fixtures.staff("integration");
    String source = Fixtures.crmSource();
    fixtures.execute(
        "insert into account_external_id (account_id, source, external_id) values (?1, ?2, 'A1')",
        account,
        source);
    UUID second = anAccount().ownedBy(manager).externalId(source, "A2").create();
    UUID third = anAccount().ownedBy(manager).externalId(source, "A3").create();
    aClientReview().on(account).scored(8).create();
    aClientReview().on(second).scored(6).create();
    aClientReview().on(third).scored(9).create();
    String name = fixtures.text("select name from account where id = ?1", account);
    String nameOfSecond = fixtures.text("select name from account where id = ?1", second);
    String nameOfThird = fixtures.text("select name from account where id = ?1", third);
    String owner = manager.idString();

    JsonPath results =
        Api.as(integration)
            .body(
                """
                {"source": "%s", "records": [
                  {"externalId": "A1", "name": "%s", "tier": "B", "status": "active", "ownerId": "%s", "satisfaction": 3},
                  {"externalId": "A2", "name": "%s", "tier": "B", "status": "active", "ownerId": "%s", "satisfaction": 6.0},
                  {"externalId": "A3", "name": "%s", "tier": "B", "status": "active", "ownerId": "%s"}]}
                """
                    .formatted(source, name, owner, nameOfSecond, owner, nameOfThird, owner))
            .post(API + "/sync/accounts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(results.getList("results.result"))
        .containsExactly("error", "unchanged", "unchanged");
    assertThat(results.getInt("results[0].problem.status")).isEqualTo(422);
    assertThat(results.getList("results[0].problem.errors.field")).containsExactly("satisfaction");
    assertThat(seen().satisfaction()).isEqualByComparingTo("8");

    Api.as(integration)
        .body(
            "{\"name\": \"%s\", \"ownerId\": \"%s\", \"tier\": \"B\", \"status\": \"active\", \"satisfaction\": 2}"
                .formatted(name, owner))
        .put(API + "/accounts/by-external/" + source + "/A1")
        .then()
        .statusCode(422)
        .body("errors.field", contains("satisfaction"));
    assertThat(satisfactionOf(third)).isEqualTo("9.0");
  }
}
