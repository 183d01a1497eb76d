package io.clientele.issue;

import static io.clientele.issue.IssueFixtures.ISSUES;
import static io.clientele.issue.IssueFixtures.accountIssues;
import static io.clientele.issue.IssueFixtures.moved;
import static io.clientele.issue.IssueFixtures.raise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.Pages;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Raising, reading, changing and deleting issues; who sees and writes them (their account's
 * visibility); the lists' filters and pages; bad input named by its field.
 */
@QuarkusTest
class IssueResourceTest {
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
    account = fixtures.account(Fixtures.unique("Fabrikam"), manager);
    contact =
        Api.as(manager)
            .body("{\"name\": \"Grace Hopper\"}")
            .post("/api/v1/accounts/" + account + "/contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  private Response patch(TestStaff as, String id, String body) {
    return Api.as(as)
        .contentType("application/merge-patch+json")
        .body(body)
        .patch(ISSUES + "/" + id);
  }

  @Test
  void anIssueIsOpenOwnedByTheAccountsOwnerAndRaisedByTheCaller() {
    String id =
        Api.as(director)
            .body(
                IssueFixtures.body(
                    "high",
                    ", \"description\": \"Nine days late\", \"externalIds\": [{\"source\": \"salesforce\", \"externalId\": \"500A1\"}]"))
            .post(accountIssues(account))
            .then()
            .statusCode(201)
            .header("Location", containsString(ISSUES + "/"))
            .header("ETag", "\"0\"")
            .body("accountId", equalTo(account.toString()))
            .body("title", equalTo("Late delivery of Q1 creative"))
            .body("description", equalTo("Nine days late"))
            .body("severity", equalTo("high"))
            .body("category", equalTo("delivery"))
            .body("status", equalTo("open"))
            .body("ownerId", equalTo(manager.idString()))
            .body("responsibleId", equalTo(manager.idString()))
            .body("raisedBy.staffId", equalTo(director.idString()))
            .body("raisedBy.contactId", nullValue())
            .body("escalationLevel", equalTo(0))
            .body("resolution", nullValue())
            .body("overdue", equalTo(false))
            .body("transitions", hasSize(0))
            .body("externalIds[0].externalId", equalTo("500A1"))
            .body("version", equalTo(0))
            .extract()
            .path("id");
    Api.as(manager).get(ISSUES + "/" + id).then().statusCode(200).body("id", equalTo(id));
    // raised by a contact of the account, owned by someone on the account's team
    Api.as(manager)
        .body("{\"role\": \"strategist\"}")
        .put("/api/v1/accounts/" + account + "/team/" + colleague.id())
        .then()
        .statusCode(201);
    Api.as(director)
        .body(
            IssueFixtures.body(
                "low",
                ", \"raisedBy\": {\"contactId\": \"%s\"}, \"ownerId\": \"%s\""
                    .formatted(contact, colleague.id())))
        .post(accountIssues(account))
        .then()
        .statusCode(201)
        .body("raisedBy.contactId", equalTo(contact))
        .body("ownerId", equalTo(colleague.idString()))
        .body("responsibleId", equalTo(colleague.idString()));
  }

  @Test
  void aPatchChangesTheFieldsUnderIfMatchAndTheOwnerTakesTheResponsibility() {
    String id = raise(manager, account, "medium", "");
    Api.as(manager)
        .body("{\"role\": \"strategist\"}")
        .put("/api/v1/accounts/" + account + "/team/" + colleague.id())
        .then()
        .statusCode(201);
    Api.as(director)
        .header("If-Match", "\"3\"")
        .contentType("application/merge-patch+json")
        .body("{\"title\": \"Stale\"}")
        .patch(ISSUES + "/" + id)
        .then()
        .statusCode(412);
    Api.as(director)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(
            "{\"ownerId\": \"%s\", \"category\": \"quality\", \"raisedBy\": {\"contactId\": \"%s\", \"staffId\": null}}"
                .formatted(colleague.id(), contact))
        .patch(ISSUES + "/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("ownerId", equalTo(colleague.idString()))
        .body("responsibleId", equalTo(colleague.idString()))
        .body("category", equalTo("quality"))
        .body("raisedBy.contactId", equalTo(contact))
        .body("raisedBy.staffId", nullValue());
    // nothing changes: the version stays
    patch(director, id, "{\"category\": \"quality\"}")
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
    // status and the like are the workflow's
    for (String field : List.of("status", "dueAt", "escalationLevel", "resolution", "accountId")) {
      patch(director, id, "{\"%s\": \"x\"}".formatted(field))
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo(field));
    }
  }

  @Test
  void aDeletedIssueIsGoneFromReadsAndLists() {
    String id = raise(manager, account, "low", "");
    Api.as(manager).header("If-Match", "\"4\"").delete(ISSUES + "/" + id).then().statusCode(412);
    Api.as(manager).delete(ISSUES + "/" + id).then().statusCode(204);
    Api.as(manager).get(ISSUES + "/" + id).then().statusCode(404);
    Api.as(manager).get(accountIssues(account)).then().statusCode(200).body("items", hasSize(0));
    moved(manager, raise(manager, account, "low", ""), "start", null);
    assertThat(
            fixtures.count(
                "select count(*) from account_issue where account_id = ?1 and deleted_at is not null",
                account))
        .isEqualTo(1);
  }

  @Test
  void issuesFollowTheirAccountsVisibility() {
    String id = raise(manager, account, "high", "");
    TestStaff stranger = fixtures.staff("manager", fixtures.staff("director"));
    Api.as(stranger).get(ISSUES + "/" + id).then().statusCode(404);
    Api.as(stranger).get(accountIssues(account)).then().statusCode(404);
    Api.as(stranger)
        .body(IssueFixtures.body("low", ""))
        .post(accountIssues(account))
        .then()
        .statusCode(404);
    IssueFixtures.move(stranger, id, "start", null).then().statusCode(404);
    patch(stranger, id, "{\"title\": \"Mine\"}").then().statusCode(404);
    assertThat(
            Api.as(stranger)
                .queryParam("limit", 500)
                .get(ISSUES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class))
        .doesNotContain(id);
    // a colleague in the same team sees it only once on the account's team
    Api.as(colleague).get(ISSUES + "/" + id).then().statusCode(404);
    for (String role : List.of("finance", "executive")) {
      TestStaff reader = fixtures.staff(role);
      Api.as(reader).get(ISSUES + "/" + id).then().statusCode(200);
      Api.as(reader).get(accountIssues(account)).then().statusCode(200).body("items", hasSize(1));
      Api.as(reader)
          .body(IssueFixtures.body("low", ""))
          .post(accountIssues(account))
          .then()
          .statusCode(403);
      IssueFixtures.move(reader, id, "start", null).then().statusCode(403);
      patch(reader, id, "{\"title\": \"Mine\"}").then().statusCode(403);
    }
  }

  @Test
  void theListsFilterAndPage() {
    UUID other = fixtures.account(Fixtures.unique("Tailspin"), manager);
    String a = raise(manager, account, "critical", "");
    String b = raise(manager, account, "low", ", \"raisedAt\": \"2026-11-01T00:00:00Z\"");
    String c = raise(manager, other, "high", "");
    Api.as(director)
        .body(IssueFixtures.body("medium", "").replace("delivery", "billing"))
        .post(accountIssues(other))
        .then()
        .statusCode(201);
    moved(manager, c, "start", null);
    assertThat(ids(accountIssues(account), "")).containsExactly(b, a);
    assertThat(ids(ISSUES, "?accountId=" + account + "&severity=critical,low"))
        .containsExactly(b, a);
    assertThat(ids(ISSUES, "?ownerId=" + manager.id() + "&status=in_progress")).containsExactly(c);
    assertThat(ids(ISSUES, "?ownerId=" + manager.id() + "&category=billing")).hasSize(1);
    assertThat(ids(ISSUES, "?scope=own")).hasSize(0); // the director owns none
    assertThat(ids(ISSUES, "?scope=team")).hasSize(4);
    // keyset pages of one: every issue once, in order
    List<String> paged =
        Pages.collect(
            () ->
                Api.as(director)
                    .queryParam("limit", 1)
                    .queryParam("scope", "team")
                    .queryParam("sort", "-severity"),
            ISSUES,
            "id");
    assertThat(paged).hasSize(4).startsWith(a, c).doesNotHaveDuplicates();
  }

  private List<String> ids(String path, String query) {
    return Api.as(director)
        .get(path + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }

  @Test
  void badInputIsNamedByItsField() {
    UUID elsewhere = fixtures.account(Fixtures.unique("Elsewhere"), manager);
    String theirs =
        Api.as(manager)
            .body("{\"name\": \"Someone else\"}")
            .post("/api/v1/accounts/" + elsewhere + "/contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    TestStaff outsider = fixtures.staff("manager");
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {IssueFixtures.body("urgent", ""), "severity"});
    cases.add(
        new String[] {IssueFixtures.body("high", "").replace("delivery", "weather"), "category"});
    cases.add(new String[] {IssueFixtures.body("high", ", \"status\": \"open\""), "status"});
    cases.add(
        new String[] {
          IssueFixtures.body("high", ", \"raisedBy\": {\"contactId\": \"%s\"}".formatted(theirs)),
          "raisedBy.contactId"
        });
    cases.add(
        new String[] {
          IssueFixtures.body(
              "high",
              ", \"raisedBy\": {\"contactId\": \"%s\", \"staffId\": \"%s\"}"
                  .formatted(contact, manager.id())),
          "raisedBy"
        });
    cases.add(new String[] {IssueFixtures.body("high", ", \"raisedBy\": {}"), "raisedBy"});
    cases.add(
        new String[] {
          IssueFixtures.body(
              "high", ", \"raisedBy\": {\"staffId\": \"%s\"}".formatted(UUID.randomUUID())),
          "raisedBy.staffId"
        });
    cases.add(
        new String[] {
          IssueFixtures.body("high", ", \"description\": \"a\\u0000b\""), "description"
        });
    cases.add(
        new String[] {
          "{\"title\": \"  \", \"severity\": \"high\", \"category\": \"scope\"}", "title"
        });
    cases.add(new String[] {IssueFixtures.body("high", ", \"raisedAt\": 12.5e400"), "raisedAt"});
    // the director may assign their team, but only someone who works on the account
    cases.add(
        new String[] {
          IssueFixtures.body("high", ", \"ownerId\": \"%s\"".formatted(colleague.id())), "ownerId"
        });
    cases.add(
        new String[] {
          IssueFixtures.body("high", ", \"ownerId\": \"%s\"".formatted(outsider.id())), "ownerId"
        });
    for (String[] c : cases) {
      Api.as(director)
          .body(c[0])
          .post(accountIssues(account))
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors.field", org.hamcrest.Matchers.hasItem(c[1]));
    }
    // a manager names only themselves (or the account's owner)
    Api.as(manager)
        .body(IssueFixtures.body("high", ", \"ownerId\": \"%s\"".formatted(director.id())))
        .post(accountIssues(account))
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("ownerId"))
        .body("errors[0].message", containsString("may not assign"));
    assertThat(fixtures.count("select count(*) from account_issue where account_id = ?1", account))
        .as("nothing written")
        .isZero();
    // bad filters are 400s naming the parameter
    for (String query :
        List.of(
            "status=pending",
            "severity=urgent",
            "category=weather",
            "overdue=yes",
            "scope=all",
            "sort=title")) {
      String parameter = query.substring(0, query.indexOf('='));
      Api.as(director)
          .get(ISSUES + "?" + query)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(parameter));
    }
  }
}
