package io.clientele.issue;

import static io.clientele.issue.IssueFixtures.ISSUES;
import static io.clientele.issue.IssueFixtures.accountIssues;
import static io.clientele.issue.IssueFixtures.moved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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

/**
 * Due times from the severity's target (critical 1 day, high 3, medium 10, low 30: the defaults),
 * counted from when the case was raised; overdue lists over dates worked out by hand, across month
 * ends.
 */
@QuarkusTest
class IssueDueDatesTest {
  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff manager;
  UUID account;

  @BeforeEach
  void world() {
    director = fixtures.staff("director");
    manager = fixtures.staff("manager", director);
    account = fixtures.account(Fixtures.unique("Contoso"), manager);
  }

  private JsonPath raised(String severity, String raisedAt) {
    return Api.as(manager)
        .body(IssueFixtures.body(severity, ", \"raisedAt\": \"" + raisedAt + "\""))
        .post(accountIssues(account))
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  @Test
  void eachSeverityIsDueItsTargetAfterItWasRaised() {
    String at = "2026-11-20T09:00:00Z";
    assertThat(raised("critical", at).getString("dueAt")).isEqualTo("2026-11-21T09:00:00Z");
    assertThat(raised("high", at).getString("dueAt")).isEqualTo("2026-11-23T09:00:00Z");
    assertThat(raised("medium", at).getString("dueAt")).isEqualTo("2026-11-30T09:00:00Z");
    // 20 November + 30 days: 10 days of November left, then 20 of December
    assertThat(raised("low", at).getString("dueAt")).isEqualTo("2026-12-20T09:00:00Z");
    JsonPath low = raised("low", at);
    assertThat(low.getString("raisedAt")).isEqualTo(at);
    assertThat(low.getString("status")).isEqualTo("open");
  }

  @Test
  void withoutRaisedAtTheIssueIsRaisedNow() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    JsonPath issue =
        Api.as(manager)
            .body(IssueFixtures.body("critical", ""))
            .post(accountIssues(account))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    Instant raisedAt = Instant.parse(issue.getString("raisedAt"));
    assertThat(raisedAt).isBetween(before, Instant.now());
    assertThat(Instant.parse(issue.getString("dueAt")))
        .isEqualTo(raisedAt.plus(1, ChronoUnit.DAYS));
    assertThat(issue.getBoolean("overdue")).isFalse();
  }

  @Test
  void aNewSeverityOrRaisedAtMovesTheDueTimeFromWhenItWasRaised() {
    String id = raised("low", "2026-10-30T10:00:00Z").getString("id");
    patch(id, "{\"severity\": \"high\"}")
        .then()
        .statusCode(200)
        .body("dueAt", equalTo("2026-11-02T10:00:00Z"))
        .body("version", equalTo(1));
    patch(id, "{\"raisedAt\": \"2026-11-29T10:00:00Z\"}")
        .then()
        .statusCode(200)
        .body("dueAt", equalTo("2026-12-02T10:00:00Z"));
    // a change of title alone leaves it where it is
    patch(id, "{\"title\": \"Late creative, again\"}")
        .then()
        .statusCode(200)
        .body("dueAt", equalTo("2026-12-02T10:00:00Z"))
        .body("raisedAt", equalTo("2026-11-29T10:00:00Z"));
  }

  private io.restassured.response.Response patch(String id, String body) {
    return Api.as(manager)
        .contentType("application/merge-patch+json")
        .body(body)
        .patch(ISSUES + "/" + id);
  }

  @Test
  void raisedAtIsNeverInTheFuture() {
    String tomorrow =
        Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    Api.as(manager)
        .body(IssueFixtures.body("high", ", \"raisedAt\": \"" + tomorrow + "\""))
        .post(accountIssues(account))
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("raisedAt"));
    // a timestamp is an ISO-8601 string with its offset, in the years 1 to 9999
    for (String bad :
        List.of(
            "\"20-11-2026\"",
            "\"2026-11-20T09:00:00\"",
            "\"0000-12-31T00:00:00Z\"",
            "1764000000")) {
      Api.as(manager)
          .body(IssueFixtures.body("high", ", \"raisedAt\": " + bad))
          .post(accountIssues(account))
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("raisedAt"));
    }
  }

  /**
   * By hand: medium raised 30 October 10:00 is due 9 November 10:00 (1 day left in October, 9 in
   * November); high raised 28 November 12:00 is due 1 December 12:00; critical raised 30 November
   * 23:30 is due 1 December 23:30; low raised 31 October 08:00 is due 30 November 08:00 but gets
   * resolved; low raised yesterday is due in 29 days. Today (the tests run after 2 December 2026)
   * the first three are overdue, oldest first.
   */
  @Test
  void overdueListsAcrossMonthEnds() {
    String medium = raised("medium", "2026-10-30T10:00:00Z").getString("id");
    String high = raised("high", "2026-11-28T12:00:00Z").getString("id");
    String critical = raised("critical", "2026-11-30T23:30:00Z").getString("id");
    JsonPath resolved = raised("low", "2026-10-31T08:00:00Z");
    assertThat(resolved.getString("dueAt")).isEqualTo("2026-11-30T08:00:00Z");
    assertThat(resolved.getBoolean("overdue")).isTrue();
    moved(manager, resolved.getString("id"), "resolve", "{\"resolution\": \"Credit note sent\"}");
    String yesterday =
        Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    String fresh = raised("low", yesterday).getString("id");
    moved(manager, high, "start", null);

    JsonPath overdue =
        Api.as(director)
            .queryParam("overdue", true)
            .queryParam("scope", "team")
            .get(ISSUES)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(overdue.getList("items.id", String.class)).containsExactly(medium, high, critical);
    assertThat(overdue.getList("items.dueAt", String.class))
        .containsExactly("2026-11-09T10:00:00Z", "2026-12-01T12:00:00Z", "2026-12-01T23:30:00Z");
    assertThat(overdue.getList("items.overdue", Boolean.class)).containsOnly(true);
    assertThat(overdue.getList("items.status", String.class))
        .containsExactly("open", "in_progress", "open");

    // the others: not overdue (resolved, or not yet due)
    List<String> others =
        Api.as(manager)
            .queryParam("overdue", false)
            .get(accountIssues(account))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id", String.class);
    assertThat(others).containsExactly(resolved.getString("id"), fresh);
    Api.as(manager)
        .get(ISSUES + "/" + fresh)
        .then()
        .body("overdue", equalTo(false))
        .body("dueAt", equalTo(Instant.parse(yesterday).plus(30, ChronoUnit.DAYS).toString()));
    // the most severe first
    assertThat(
            Api.as(manager)
                .queryParam("sort", "-severity,dueAt")
                .queryParam("overdue", true)
                .get(accountIssues(account))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class))
        .containsExactly(critical, high, medium);
  }
}
