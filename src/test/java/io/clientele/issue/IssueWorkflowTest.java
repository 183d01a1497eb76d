package io.clientele.issue;

import static io.clientele.issue.IssueFixtures.ISSUES;
import static io.clientele.issue.IssueFixtures.inStatus;
import static io.clientele.issue.IssueFixtures.move;
import static io.clientele.issue.IssueFixtures.moved;
import static io.clientele.issue.IssueFixtures.raise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The issue's life: every move allowed and refused (409 naming the allowed moves), the resolution
 * and the reason they need, the escalation chain up the manager tree and its top, each move
 * recorded.
 */
@QuarkusTest
class IssueWorkflowTest {
  @Inject Fixtures fixtures;
  TestStaff vp;
  TestStaff director;
  TestStaff manager;
  UUID account;

  @BeforeEach
  void world() {
    vp = fixtures.staff("director");
    director = fixtures.staff("director", vp);
    manager = fixtures.staff("manager", director);
    account = fixtures.account(Fixtures.unique("Northwind"), manager);
  }

  private JsonPath read(String id) {
    return Api.as(manager).get(ISSUES + "/" + id).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void eachMoveTakesTheIssueWhereItSaysAndIsRecorded() {
    String id = raise(manager, account, "high", "");
    assertThat(read(id).getList("allowedMoves")).containsExactly("start", "resolve", "escalate");
    move(manager, id, "start", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("in_progress"))
        .body("allowedMoves", equalTo(List.of("resolve", "escalate")))
        .body("transitions", hasSize(1))
        .body("transitions[0].move", equalTo("start"))
        .body("transitions[0].from", equalTo("open"))
        .body("transitions[0].to", equalTo("in_progress"))
        .body("transitions[0].by", equalTo(manager.idString()))
        .body("transitions[0].at", notNullValue())
        .body("transitions[0].note", nullValue());
    move(manager, id, "resolve", "{\"resolution\": \"Creative re-delivered\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("resolved"))
        .body("resolution", equalTo("Creative re-delivered"))
        .body("overdue", equalTo(false))
        .body("allowedMoves", equalTo(List.of("close", "reopen")))
        .body("transitions[1].note", equalTo("Creative re-delivered"));
    // reopened: work resumes (in_progress); the resolution stays only in the resolve move's note
    move(manager, id, "reopen", "{\"reason\": \"Late again in February\"}")
        .then()
        .statusCode(200)
        .body("status", equalTo("in_progress"))
        .body("resolution", nullValue())
        .body("transitions[2].move", equalTo("reopen"))
        .body("transitions[2].from", equalTo("resolved"))
        .body("transitions[2].note", equalTo("Late again in February"));
    moved(manager, id, "resolve", "{\"resolution\": \"Weekly check-in agreed\"}");
    move(director, id, "close", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("closed"))
        .body("resolution", equalTo("Weekly check-in agreed"))
        .body("allowedMoves", hasSize(0))
        .body(
            "transitions.move", equalTo(List.of("start", "resolve", "reopen", "resolve", "close")))
        .body("transitions[4].by", equalTo(director.idString()));
    // a reopen needs no body; an open issue may be resolved straight away
    String quick = raise(manager, account, "low", "");
    moved(manager, quick, "resolve", "{\"resolution\": \"Answered on the phone\"}");
    move(manager, quick, "reopen", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("in_progress"));
  }

  @Test
  void everyMoveItsStatusDoesNotAllowIs409NamingTheAllowedOnes() {
    Map<String, String> allowed =
        Map.of(
            "open", "start, resolve, escalate",
            "in_progress", "resolve, escalate",
            "resolved", "close, reopen",
            "closed", "none: closed is final");
    Map<String, List<String>> refused =
        Map.of(
            "open", List.of("close", "reopen"),
            "in_progress", List.of("start", "close", "reopen"),
            "resolved", List.of("start", "resolve", "escalate"),
            "closed", List.of("start", "resolve", "close", "reopen", "escalate"));
    List<String> checked = new ArrayList<>();
    refused.forEach(
        (status, moves) -> {
          String id = inStatus(manager, account, status);
          int version = read(id).getInt("version");
          for (String m : moves) {
            String body =
                switch (m) {
                  case "resolve" -> "{\"resolution\": \"Fixed\"}";
                  case "escalate" -> "{\"reason\": \"Urgent\"}";
                  default -> null;
                };
            move(manager, id, m, body)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Cannot " + m + " an issue that is " + status))
                .body(
                    "detail",
                    containsString("allowed from " + status + ": " + allowed.get(status)));
            checked.add(status + " " + m);
          }
          assertThat(read(id).getInt("version"))
              .as("refused moves change nothing")
              .isEqualTo(version);
          assertThat(read(id).getString("status")).isEqualTo(status);
        });
    assertThat(checked).hasSize(13);
  }

  @Test
  void resolvingNeedsAResolutionAndEscalatingAReason() {
    String id = raise(manager, account, "medium", "");
    for (String body : new String[] {"{}", "{\"resolution\": \"   \"}", null}) {
      move(manager, id, "resolve", body)
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("resolution"));
    }
    for (String body : new String[] {"{}", "{\"reason\": \"\"}", null}) {
      move(manager, id, "escalate", body)
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("reason"));
    }
    move(manager, id, "resolve", "{\"resolution\": \"Fixed\", \"note\": \"x\"}")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("note"));
    assertThat(read(id).getString("status")).isEqualTo("open");
    assertThat(read(id).getList("transitions")).isEmpty();
  }

  @Test
  void escalationGoesUpTheTreeOneLevelAtATimeAndStopsAtTheTop() {
    String id = raise(manager, account, "critical", "");
    assertThat(read(id).getString("responsibleId")).isEqualTo(manager.idString());
    move(manager, id, "escalate", "{\"reason\": \"Client threatens to pull the Q2 brief\"}")
        .then()
        .statusCode(200)
        .body("escalationLevel", equalTo(1))
        .body("responsibleId", equalTo(director.idString()))
        .body("ownerId", equalTo(manager.idString()))
        .body("status", equalTo("open"))
        .body("transitions[0].move", equalTo("escalate"))
        .body("transitions[0].from", equalTo("open"))
        .body("transitions[0].to", equalTo("open"))
        .body("transitions[0].by", equalTo(manager.idString()))
        .body("transitions[0].note", equalTo("Client threatens to pull the Q2 brief"))
        .body("transitions[0].escalationLevel", equalTo(1))
        .body("transitions[0].responsibleId", equalTo(director.idString()));
    moved(director, id, "start", null);
    move(director, id, "escalate", "{\"reason\": \"No answer from the studio in two days\"}")
        .then()
        .statusCode(200)
        .body("escalationLevel", equalTo(2))
        .body("responsibleId", equalTo(vp.idString()))
        .body("status", equalTo("in_progress"))
        .body("transitions[2].by", equalTo(director.idString()))
        .body("transitions[2].escalationLevel", equalTo(2))
        .body("transitions[2].responsibleId", equalTo(vp.idString()));
    // nobody above the vp
    move(vp, id, "escalate", "{\"reason\": \"Board level\"}")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("Nobody is above " + vp.name()))
        .body("detail", containsString("escalation level 2"));
    JsonPath now = read(id);
    assertThat(now.getInt("escalationLevel")).isEqualTo(2);
    assertThat(now.getList("transitions")).hasSize(3);
    // the lists find it by whom it was escalated to
    assertThat(
            Api.as(vp)
                .queryParam("scope", "own")
                .get(ISSUES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class))
        .containsExactly(id);
    assertThat(
            Api.as(director)
                .queryParam("responsibleId", vp.idString())
                .get(ISSUES)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class))
        .containsExactly(id);
  }

  @Test
  void escalationSkipsSomeoneWhoHasLeft() {
    String id = raise(manager, account, "high", "");
    fixtures.deactivate(director);
    move(manager, id, "escalate", "{\"reason\": \"Director on leave\"}")
        .then()
        .statusCode(200)
        .body("escalationLevel", equalTo(1))
        .body("responsibleId", equalTo(vp.idString()));
  }

  @Test
  void aMoveHonoursIfMatch() {
    String id = raise(manager, account, "low", "");
    Api.as(manager)
        .header("If-Match", "\"7\"")
        .post(ISSUES + "/" + id + "/start")
        .then()
        .statusCode(412);
    Api.as(manager)
        .header("If-Match", "\"0\"")
        .post(ISSUES + "/" + id + "/start")
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
  }
}
