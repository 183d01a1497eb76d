package io.clientele.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The change feed: every create, update and soft delete once, in commit order, tombstones for
 * deletes, nothing for writes that change nothing; and a poller following many concurrent writers
 * ends with every change exactly once.
 */
@QuarkusTest
class ChangeFeedTest {
  static final String CHANGES = "/api/v1/changes";
  static final String ACCOUNTS = "/api/v1/accounts";

  @Inject Fixtures fixtures;
  @Inject DataSource dataSource;
  TestStaff admin;
  TestStaff integration;
  TestStaff manager;

  @BeforeEach
  void world() {
    admin = fixtures.staff("admin");
    integration = fixtures.staff("integration");
    manager = fixtures.staff("manager", fixtures.staff("director"));
  }

  /** A feed reader: what it has seen, and where it stands. */
  final class Poller {
    final TestStaff as;
    final String types;
    String cursor;
    final List<Map<String, Object>> seen = Collections.synchronizedList(new ArrayList<>());

    Poller(TestStaff as, String types) {
      this.as = as;
      this.types = types;
      // start at the end of the feed as it is: earlier tests' changes are not this test's
      while (page(1000) > 0) {
        seen.clear();
      }
    }

    /** Reads one page; answers how many changes it had. */
    int page(int limit) {
      var request = Api.as(as).queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      if (types != null) {
        request.queryParam("types", types);
      }
      JsonPath page = request.get(CHANGES).then().statusCode(200).extract().jsonPath();
      assertThat(page.getString("nextCursor")).isNotNull();
      cursor = page.getString("nextCursor");
      List<Map<String, Object>> items = page.getList("items");
      seen.addAll(items);
      return items.size();
    }

    void drain() {
      while (page(1000) > 0) {
        // until caught up
      }
    }

    List<Map<String, Object>> of(String id) {
      return seen.stream().filter(c -> id.equals(c.get("id"))).toList();
    }
  }

  private String createAccount(TestStaff as, String name) {
    return Api.as(as)
        .body(
            """
            {"name": "%s", "tier": "B", "region": "EMEA", "ownerId": "%s",
             "externalIds": [{"source": "salesforce", "externalId": "%s"}]}
            """
                .formatted(name, manager.id(), name))
        .post(ACCOUNTS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private int rename(TestStaff as, String id, String name) {
    return Api.as(as)
        .contentType("application/merge-patch+json")
        .body("{\"name\": \"%s\"}".formatted(name))
        .patch(ACCOUNTS + "/" + id)
        .then()
        .statusCode(200)
        .extract()
        .path("version");
  }

  @Test
  void eachRecordIsShownAsItsGetShowsIt() {
    Poller poller = new Poller(integration, null);
    String name = Fixtures.unique("Shown");
    String account =
        Api.as(admin)
            .body(
                """
                {"name": "%s", "industry": "retail", "tier": "A", "status": "active", "region": "EMEA",
                 "ownerId": "%s", "annualRevenueTarget": {"amount": "2400000.00", "currency": "EUR"},
                 "satisfaction": 8.5, "renewalDate": "2027-03-31",
                 "externalIds": [{"source": "salesforce", "externalId": "%s"}, {"source": "hubspot", "externalId": "%s"}]}
                """
                    .formatted(name, manager.id(), name, name))
            .post(ACCOUNTS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String contact =
        Api.as(admin)
            .body(
                """
                {"name": "Grace Hopper", "title": "CFO", "email": "grace@northwind.example",
                 "phone": "+44 20 7946 0018", "influence": "champion",
                 "externalIds": [{"source": "salesforce", "externalId": "c-%s"}]}
                """
                    .formatted(name))
            .post(ACCOUNTS + "/" + account + "/contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String deal =
        Api.as(admin)
            .body(
                """
                {"accountId": "%s", "ownerId": "%s", "name": "Renewal", "type": "renewal", "source": "referral",
                 "stage": "closed_lost", "amount": {"amount": "1234.50", "currency": "GBP"},
                 "closeDate": "2026-12-15", "nextStep": "None", "lostReason": "Budget",
                 "externalIds": [{"source": "salesforce", "externalId": "o-%s"}]}
                """
                    .formatted(account, manager.id(), name))
            .post("/api/v1/opportunities")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    poller.drain();
    Map<String, String> paths =
        Map.of(
            account, ACCOUNTS + "/" + account,
            contact, "/api/v1/contacts/" + contact,
            deal, "/api/v1/opportunities/" + deal);
    paths.forEach(
        (id, path) -> {
          Map<String, Object> shown =
              Api.as(admin).get(path).then().statusCode(200).extract().path("$");
          assertThat(poller.of(id)).hasSize(1);
          assertThat(poller.of(id).get(0).get("data")).as(path).isEqualTo(shown);
          assertThat(poller.of(id).get(0).get("externalIds")).isEqualTo(shown.get("externalIds"));
        });
  }

  @Test
  void createUpdateDeleteEachAppearOnceWithTombstonesAndNoChangeForNoChange() {
    Poller poller = new Poller(integration, null);
    String name = Fixtures.unique("Feed");
    String id = createAccount(admin, name);
    rename(admin, id, name + " Ltd");
    rename(admin, id, name + " Ltd"); // the same name again: no new version, no change
    Api.as(admin).delete(ACCOUNTS + "/" + id).then().statusCode(204);
    poller.drain();
    List<Map<String, Object>> changes = poller.of(id);
    assertThat(changes)
        .extracting(c -> c.get("operation"))
        .containsExactly("created", "updated", "deleted");
    assertThat(changes).extracting(c -> c.get("version")).containsExactly(0, 1, 2);
    assertThat(changes).allSatisfy(c -> assertThat(c.get("type")).isEqualTo("accounts"));
    assertThat(changes).allSatisfy(c -> assertThat(c.get("at")).isNotNull());
    // the record as it is now: deleted, so every entry's data is null; the external id stays
    assertThat(changes).allSatisfy(c -> assertThat(c.get("data")).isNull());
    assertThat(changes.get(2).get("externalIds"))
        .isEqualTo(List.of(Map.of("source", "salesforce", "externalId", name)));

    // a live record's entries carry it as GET shows it
    String live = createAccount(admin, Fixtures.unique("Live"));
    poller.drain();
    Map<String, Object> created = poller.of(live).get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) created.get("data");
    assertThat(data.get("id")).isEqualTo(live);
    assertThat(data.get("tier")).isEqualTo("B");
    // caught up: an empty page keeps the cursor
    String cursor = poller.cursor;
    assertThat(poller.page(10)).isZero();
    assertThat(poller.cursor).isEqualTo(cursor);
  }

  @Test
  void typesFilterAndVisibility() {
    Poller accountsOnly = new Poller(integration, "accounts");
    Poller contactsOnly = new Poller(integration, "contacts");
    Poller asManager = new Poller(manager, null);
    Poller asOutsider = new Poller(fixtures.staff("manager"), null);
    String account = createAccount(admin, Fixtures.unique("Typed"));
    Api.as(admin)
        .body("{\"name\": \"Jo Buyer\", \"email\": \"jo@example.com\"}")
        .post(ACCOUNTS + "/" + account + "/contacts")
        .then()
        .statusCode(201);
    for (Poller p : List.of(accountsOnly, contactsOnly, asManager, asOutsider)) {
      p.drain();
    }
    assertThat(accountsOnly.seen).extracting(c -> c.get("type")).containsOnly("accounts");
    assertThat(accountsOnly.of(account)).hasSize(1);
    assertThat(contactsOnly.seen).extracting(c -> c.get("type")).containsOnly("contacts");
    assertThat(contactsOnly.seen).hasSizeGreaterThanOrEqualTo(1);
    // the owner sees their account and its contact; someone else sees neither
    assertThat(asManager.seen).extracting(c -> c.get("type")).contains("accounts", "contacts");
    assertThat(asOutsider.seen).isEmpty();
  }

  @Test
  void aFilterThatMatchesNothingStillMovesTheCursorOn() {
    Poller contactsOnly = new Poller(integration, "contacts");
    String before = contactsOnly.cursor;
    for (int i = 0; i < 3; i++) {
      createAccount(admin, Fixtures.unique("NoContacts"));
    }
    assertThat(contactsOnly.page(10)).isZero();
    // the accounts' transactions have been looked at: the cursor is past them
    assertThat(contactsOnly.cursor).isNotEqualTo(before);
    Poller all = new Poller(integration, null);
    String account = createAccount(admin, Fixtures.unique("Then"));
    Api.as(admin)
        .body("{\"name\": \"Late Contact\"}")
        .post(ACCOUNTS + "/" + account + "/contacts")
        .then()
        .statusCode(201);
    contactsOnly.drain();
    all.drain();
    assertThat(contactsOnly.seen).hasSize(1);
    assertThat(all.seen).hasSize(2);
  }

  @Test
  void badParametersAre400() {
    for (String[] bad :
        List.of(
            new String[] {"after", "not-a-cursor"},
            new String[] {"after", "LTEuMA"}, // "-1.0"
            new String[] {"limit", "0"},
            new String[] {"limit", "1001"},
            new String[] {"limit", "ten"},
            new String[] {"types", "invoices"})) {
      Api.as(integration)
          .queryParam(bad[0], bad[1])
          .get(CHANGES)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(bad[0]));
    }
  }

  /**
   * The case a cursor on the change id alone gets wrong: a transaction that wrote first commits
   * last. The poller has moved past the later writer's change by then, and must still get it.
   */
  @Test
  void aChangeCommittedLateIsNotSkipped() throws Exception {
    String early = createAccount(admin, Fixtures.unique("Early"));
    String late = createAccount(admin, Fixtures.unique("Late"));
    Poller poller = new Poller(integration, "accounts");
    try (Connection slow = dataSource.getConnection();
        Connection fast = dataSource.getConnection()) {
      slow.setAutoCommit(false);
      fast.setAutoCommit(false);
      bumpVersion(slow, early); // draws the smaller change id, stays open
      bumpVersion(fast, late);
      fast.commit();
      poller.drain();
      assertThat(poller.of(late)).hasSize(1);
      assertThat(poller.of(early)).isEmpty(); // not committed yet: not in the feed
      slow.commit();
    }
    poller.drain();
    assertThat(poller.of(early)).hasSize(1);
    assertThat(poller.of(late)).hasSize(1);
  }

  private static void bumpVersion(Connection connection, String id) throws Exception {
    try (PreparedStatement update =
        connection.prepareStatement(
            "update account set version = version + 1, updated_at = now() where id = ?")) {
      update.setObject(1, UUID.fromString(id));
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void aPollerFollowingConcurrentWritersSeesEveryChangeOnceInVersionOrder() throws Exception {
    Poller poller = new Poller(integration, "accounts");
    int writers = 4;
    int recordsPerWriter = 50; // 4 x (50 x 11 + 13 deletes): 2,252 commits
    int renames = 10;
    Map<String, Integer> finalVersion = new java.util.concurrent.ConcurrentHashMap<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    Future<?> polling =
        pool.submit(
            () -> {
              while (writing.get()) {
                poller.page(50);
              }
            });
    List<Future<?>> work = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      work.add(
          pool.submit(
              () -> {
                for (int r = 0; r < recordsPerWriter; r++) {
                  String id = createAccount(admin, Fixtures.unique("Busy"));
                  int version = 0;
                  for (int n = 0; n < renames; n++) {
                    version = rename(admin, id, Fixtures.unique("Busy"));
                  }
                  if (r % 4 == 0) {
                    Api.as(admin).delete(ACCOUNTS + "/" + id).then().statusCode(204);
                    version++;
                  }
                  finalVersion.put(id, version);
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    writing.set(false);
    polling.get();
    pool.shutdown();
    poller.drain();

    int commits = 0;
    for (Map.Entry<String, Integer> record : finalVersion.entrySet()) {
      List<Map<String, Object>> changes = poller.of(record.getKey());
      List<Integer> versions = changes.stream().map(c -> (Integer) c.get("version")).toList();
      List<Integer> expected = new ArrayList<>();
      for (int v = 0; v <= record.getValue(); v++) {
        expected.add(v);
      }
      // every version exactly once, in the order the record went through them
      assertThat(versions).as(record.getKey()).isEqualTo(expected);
      assertThat(changes.get(0).get("operation")).isEqualTo("created");
      boolean deleted = record.getValue() == renames + 1;
      assertThat(changes.get(changes.size() - 1).get("operation"))
          .isEqualTo(deleted ? "deleted" : "updated");
      commits += versions.size();
    }
    assertThat(commits)
        .isEqualTo(writers * (recordsPerWriter * (renames + 1) + (recordsPerWriter + 3) / 4));
    Set<String> keys = new HashSet<>();
    Map<String, Integer> perType = new HashMap<>();
    for (Map<String, Object> change : poller.seen) {
      assertThat(keys.add(change.get("id") + "/" + change.get("version")))
          .as("seen once: " + change)
          .isTrue();
      perType.merge((String) change.get("type"), 1, Integer::sum);
    }
    assertThat(perType.keySet()).containsOnly("accounts");
  }
}
