package io.clientele.activity;

import static io.clientele.account.AccountFixtures.anAccount;
import static io.clientele.activity.ActivityFixtures.anActivity;
import static io.clientele.activity.ActivityFixtures.lastContactAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An account's lastContactAt: the latest `at` of its live meetings, calls and emails, past or
 * booked, kept by the database whoever writes, moving the account's version with it; and the
 * neglected accounts of `notContactedSince`. Every figure below is worked out by hand.
 */
@QuarkusTest
class LastContactTest {
  static final String API = "/api/v1";

  @Inject Fixtures fixtures;
  @Inject DataSource dataSource;
  TestStaff max;
  UUID account;

  @BeforeEach
  void world() {
    max = fixtures.staff("manager", fixtures.staff("director"));
    account = anAccount().ownedBy(max).create();
  }

  private JsonPath accountNow() {
    return Api.as(max)
        .get(API + "/accounts/" + account)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private void expect(String lastContactAt, int version) {
    JsonPath now = accountNow();
    assertThat(now.getString("lastContactAt")).isEqualTo(lastContactAt);
    assertThat(now.getInt("version")).as("the account's version").isEqualTo(version);
  }

  @Test
  void itFollowsEveryWriteOfAnActivityAndMovesTheAccountsVersion() {
    expect(null, 0);
    Instant updated = Instant.parse(accountNow().getString("updatedAt"));
    // the first meeting: the account was contacted then, and it changed (updatedAt moves too)
    ActivityFixtures.record(max, account, "meeting", "2026-11-10T10:00:00Z");
    expect("2026-11-10T10:00:00Z", 1);
    assertThat(Instant.parse(accountNow().getString("updatedAt"))).isAfter(updated);
    // a later call moves it on
    String call = ActivityFixtures.record(max, account, "call", "2026-11-20T15:30:00Z");
    expect("2026-11-20T15:30:00Z", 2);
    // an earlier email and a later note change nothing (a note is no contact)
    String email = ActivityFixtures.record(max, account, "email", "2026-11-15T08:00:00Z");
    ActivityFixtures.record(max, account, "note", "2026-11-25T12:00:00Z");
    expect("2026-11-20T15:30:00Z", 2);
    // a meeting booked ahead counts: the account is not neglected
    String booked = ActivityFixtures.record(max, account, "meeting", "2027-01-15T09:00:00Z");
    expect("2027-01-15T09:00:00Z", 3);
    // deleted, it falls back to the previous contact: the call
    Api.as(max).delete(API + "/activities/" + booked).then().statusCode(204);
    expect("2026-11-20T15:30:00Z", 4);
    // the call turned into a note: the email of the 15th is the latest contact
    Api.as(max)
        .body("{\"type\": \"note\"}")
        .patch(API + "/activities/" + call)
        .then()
        .statusCode(200);
    expect("2026-11-15T08:00:00Z", 5);
    // an edit that leaves type and at alone leaves the account alone
    Api.as(max)
        .body("{\"subject\": \"Follow-up sent\"}")
        .patch(API + "/activities/" + email)
        .then()
        .statusCode(200);
    expect("2026-11-15T08:00:00Z", 5);
    // moved later by a PATCH of at
    Api.as(max)
        .body("{\"at\": \"2026-11-22T08:00:00Z\"}")
        .patch(API + "/activities/" + email)
        .then()
        .statusCode(200);
    expect("2026-11-22T08:00:00Z", 6);
    // the ETag is the new version, and the account says it changed
    Api.as(max)
        .header("If-None-Match", "\"5\"")
        .get(API + "/accounts/" + account)
        .then()
        .statusCode(200)
        .header("ETag", "\"6\"");
  }

  @Test
  void aPatchOfTheAccountWithTheETagItHadBeforeTheContactIsStale() {
    Api.as(max).get(API + "/accounts/" + account).then().header("ETag", "\"0\"");
    ActivityFixtures.record(max, account, "call", "2026-11-20T15:30:00Z");
    Api.as(max)
        .header("If-Match", "\"0\"")
        .body("{\"region\": \"EMEA\"}")
        .patch(API + "/accounts/" + account)
        .then()
        .statusCode(412);
    // the field is the server's: a client may not set it
    Api.as(max)
        .body("{\"lastContactAt\": \"2026-12-01T00:00:00Z\"}")
        .patch(API + "/accounts/" + account)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("lastContactAt"));
  }

  @Test
  void writesOutsideTheApiKeepItExactToo() {
    UUID other = anAccount().ownedBy(max).create();
    // one statement for two accounts (a COPY would be one too)
    fixtures.execute(
        """
        insert into activity (id, account_id, type, at, subject, created_at, updated_at)
        values (gen_random_uuid(), ?1, 'call', '2026-09-01T10:00:00Z', 'a', now(), now()),
               (gen_random_uuid(), ?1, 'email', '2026-09-03T10:00:00Z', 'b', now(), now()),
               (gen_random_uuid(), ?2, 'note', '2026-09-05T10:00:00Z', 'c', now(), now()),
               (gen_random_uuid(), ?2, 'meeting', '2026-08-05T10:00:00Z', 'd', now(), now())
        """,
        account,
        other);
    assertThat(lastContactAt(max, account)).isEqualTo("2026-09-03T10:00:00Z");
    assertThat(lastContactAt(max, other)).isEqualTo("2026-08-05T10:00:00Z");
    // a hard delete (psql) of the latest: back to the call
    fixtures.execute("delete from activity where account_id = ?1 and type = 'email'", account);
    assertThat(lastContactAt(max, account)).isEqualTo("2026-09-01T10:00:00Z");
    // moving an activity to another account moves both accounts' contact
    fixtures.execute(
        "update activity set account_id = ?2 where account_id = ?1 and type = 'call'",
        account,
        other);
    assertThat(lastContactAt(max, account)).isNull();
    assertThat(lastContactAt(max, other)).isEqualTo("2026-09-01T10:00:00Z");
    // and every contact of each account is in the change feed's versions
    assertThat(
            fixtures.count(
                "select count(*) from change_log where type = 'accounts' and record_id = ?1",
                account))
        .as("created, then three moves of its lastContactAt")
        .isEqualTo(4);
  }

  @Test
  void concurrentWritersOfOneAccountEndWithTheLatestContact() throws Exception {
    // the later meeting commits first while the earlier one waits for the account: the one that
    // locks last reads both and keeps the later, whatever order they committed in
    try (Connection later = dataSource.getConnection();
        Connection earlier = dataSource.getConnection()) {
      later.setAutoCommit(false);
      earlier.setAutoCommit(false);
      insert(later, "2026-11-20T11:00:00Z");
      CompletableFuture<Void> waiting =
          CompletableFuture.runAsync(
              () -> {
                try {
                  insert(earlier, "2026-11-20T10:00:00Z");
                  earlier.commit();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      Thread.sleep(300);
      assertThat(waiting).as("the earlier writer waits for the account's lock").isNotDone();
      later.commit();
      waiting.get(10, TimeUnit.SECONDS);
    }
    assertThat(lastContactAt(max, account)).isEqualTo("2026-11-20T11:00:00Z");
  }

  private void insert(Connection connection, String at) throws Exception {
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            insert into activity (id, account_id, type, at, subject, created_at, updated_at)
            values (gen_random_uuid(), ?, 'meeting', ?, 'concurrent', now(), now())
            """)) {
      insert.setObject(1, account);
      insert.setTimestamp(2, Timestamp.from(Instant.parse(at)));
      insert.executeUpdate();
    }
  }

  @Test
  void notContactedSinceListsTheAccountsWithoutContactFromThatDayOn() {
    TestStaff owner = fixtures.staff("manager");
    UUID never = anAccount().ownedBy(owner).named("A never").create();
    UUID lastEvening = anAccount().ownedBy(owner).named("B last evening").create();
    anActivity().on(lastEvening).type("call").at("2026-09-30T23:59:59Z").create();
    UUID atMidnight = anAccount().ownedBy(owner).named("C at midnight").create();
    anActivity().on(atMidnight).type("email").at("2026-10-01T00:00:00Z").create();
    UUID recent = anAccount().ownedBy(owner).named("D recent").create();
    anActivity().on(recent).type("meeting").at("2026-10-15T09:00:00Z").create();
    UUID notesOnly = anAccount().ownedBy(owner).named("E notes only").create();
    anActivity().on(notesOnly).type("note").at("2026-11-01T09:00:00Z").create();
    UUID deletedContact = anAccount().ownedBy(owner).named("F deleted contact").create();
    UUID gone = anActivity().on(deletedContact).type("meeting").at("2026-11-02T09:00:00Z").create();
    anActivity().on(deletedContact).type("call").at("2026-09-02T09:00:00Z").create();
    fixtures.execute("update activity set deleted_at = now() where id = ?1", gone);

    Api.as(owner)
        .queryParam("notContactedSince", "2026-10-01")
        .get(API + "/accounts")
        .then()
        .statusCode(200)
        .body(
            "items.id",
            contains(
                never.toString(),
                lastEvening.toString(),
                notesOnly.toString(),
                deletedContact.toString()));
    Api.as(owner)
        .queryParam("notContactedSince", "2026-10-02")
        .get(API + "/accounts")
        .then()
        .body(
            "items.id",
            contains(
                never.toString(),
                lastEvening.toString(),
                atMidnight.toString(),
                notesOnly.toString(),
                deletedContact.toString()));
    // sorted by lastContactAt: never contacted first, then the oldest contact; paged
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      var request = Api.as(owner).queryParam("sort", "lastContactAt,name").queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get(API + "/accounts").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.id", String.class));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertThat(seen)
        .containsExactly(
            never.toString(),
            notesOnly.toString(),
            deletedContact.toString(),
            lastEvening.toString(),
            atMidnight.toString(),
            recent.toString());
    Api.as(owner)
        .queryParam("notContactedSince", "2026-10-32")
        .get(API + "/accounts")
        .then()
        .statusCode(400);
  }
}
