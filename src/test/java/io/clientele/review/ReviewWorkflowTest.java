package io.clientele.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The review's life: drafting, editing (only in draft), every move allowed and refused, who makes
 * each move, the bulk cycle, and bad input of every kind.
 */
@QuarkusTest
class ReviewWorkflowTest {
  static final String REVIEWS = "/api/v1/reviews";

  @Inject Fixtures fixtures;
  TestStaff top;
  TestStaff reviewer;
  TestStaff reviewee;
  TestStaff admin;

  @BeforeEach
  void world() {
    top = fixtures.staff("director");
    reviewer = fixtures.staff("director", top);
    reviewee = fixtures.staff("manager", reviewer);
    admin = fixtures.staff("admin");
  }

  private String draft(TestStaff by, TestStaff who, String cycle) {
    return Api.as(by)
        .body("{\"revieweeId\": \"%s\", \"cycle\": \"%s\"}".formatted(who.id(), cycle))
        .post(REVIEWS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private Response move(TestStaff by, String id, String move) {
    return Api.as(by).body("{}").post(REVIEWS + "/" + id + "/" + move);
  }

  private Response patch(TestStaff by, String id, String body) {
    return Api.as(by)
        .contentType("application/merge-patch+json")
        .body(body)
        .patch(REVIEWS + "/" + id);
  }

  @Test
  void aDraftDefaultsToTheManagerAsReviewerAndTakesTheWholeForm() {
    var created =
        Api.as(reviewer)
            .body(
                """
                {"revieweeId": "%s", "cycle": "2026-H2",
                 "ratings": [{"competency": "leadership", "rating": 3},
                             {"competency": "forecasting_discipline", "rating": 4, "comment": "Calls within 5 %%"}],
                 "goals": [{"description": "Grow Northwind by 20 %%", "target": "+20 %%"}],
                 "strengths": "Clients trust her", "improvements": "Delegate more",
                 "compensation": {"meritIncreasePercent": "4.5", "bonus": {"amount": "12000.00", "currency": "USD"},
                                  "promotion": true, "proposedTitle": "Senior Account Manager", "rotation": false}}
                """
                    .formatted(reviewee.id()))
            .post(REVIEWS)
            .then()
            .statusCode(201)
            .header("Location", containsString(REVIEWS + "/"))
            .body("reviewerId", equalTo(reviewer.idString()))
            .body("cycle", equalTo("2026-H2"))
            .body("cycleStart", equalTo("2026-07-01"))
            .body("cycleEnd", equalTo("2026-12-31"))
            .body("status", equalTo("draft"))
            .body("ratings.competency", equalTo(List.of("forecasting_discipline", "leadership")))
            .body("goals[0].status", equalTo("open"))
            .body("compensation.meritIncreasePercent", equalTo("4.5"))
            .body("compensation.bonus.amount", equalTo("12000.00"))
            .body("compensation.proposedTitle", equalTo("Senior Account Manager"))
            .body("kpis", nullValue())
            .body("transitions", hasSize(0))
            .body("allowedTransitions", equalTo(List.of("submitted")))
            .extract();
    String id = created.path("id");
    Api.as(reviewer).get(REVIEWS + "/" + id).then().statusCode(200).body("id", equalTo(id));
  }

  @Test
  void oneReviewPerRevieweeAndCycle() {
    String first = draft(reviewer, reviewee, "2026-H2");
    Api.as(top)
        .body("{\"revieweeId\": \"%s\", \"cycle\": \"2026-H2\"}".formatted(reviewee.id()))
        .post(REVIEWS)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(first));
    // another cycle is another review
    draft(reviewer, reviewee, "2026-Q4");
    assertThat(fixtures.count("select count(*) from review where reviewee_id = ?1", reviewee.id()))
        .isEqualTo(2);
  }

  @Test
  void everyMoveAllowedAndRefused() {
    String id = draft(reviewer, reviewee, "2026-H2");
    // from draft: only submitted
    move(reviewer, id, "acknowledge").then().statusCode(409);
    move(reviewer, id, "close")
        .then()
        .statusCode(409)
        .body("detail", containsString("allowed from draft: submitted"));
    move(top, id, "submit")
        .then()
        .statusCode(403)
        .body("detail", containsString("Only the reviewer"));
    move(reviewee, id, "submit").then().statusCode(404); // a draft is not theirs to see
    var submitted =
        move(reviewer, id, "submit")
            .then()
            .statusCode(200)
            .body("status", equalTo("submitted"))
            .body("kpis.frozen", equalTo(true))
            .body("transitions[0].from", equalTo("draft"))
            .body("transitions[0].to", equalTo("submitted"))
            .body("transitions[0].by", equalTo(reviewer.idString()))
            .body("transitions[0].at", notNullValue())
            // acknowledging is the reviewee's move, not the reviewer's
            .body("allowedTransitions", hasSize(0))
            .extract();
    Api.as(reviewee)
        .get(REVIEWS + "/" + id)
        .then()
        .body("allowedTransitions", equalTo(List.of("acknowledged")));
    // from submitted: only acknowledged, by the reviewee
    move(reviewer, id, "submit")
        .then()
        .statusCode(409)
        .body("detail", containsString("allowed from submitted: acknowledged"));
    move(top, id, "close").then().statusCode(409);
    move(reviewer, id, "acknowledge")
        .then()
        .statusCode(403)
        .body("detail", containsString("Only the reviewee"));
    Api.as(reviewee)
        .header("If-Match", "\"" + ((Integer) submitted.path("version") - 1) + "\"")
        .body("{\"comment\": \"Fair\"}")
        .post(REVIEWS + "/" + id + "/acknowledge")
        .then()
        .statusCode(412);
    Api.as(reviewee)
        .body("{\"comment\": \"Fair, and I want the EMEA renewals\"}")
        .post(REVIEWS + "/" + id + "/acknowledge")
        .then()
        .statusCode(200)
        .body("status", equalTo("acknowledged"))
        .body("revieweeComment", equalTo("Fair, and I want the EMEA renewals"))
        .body("transitions[1].by", equalTo(reviewee.idString()))
        .body("allowedTransitions", hasSize(0)); // closing is not theirs
    Api.as(top)
        .get(REVIEWS + "/" + id)
        .then()
        .body("allowedTransitions", equalTo(List.of("closed")));
    Api.as(reviewer).get(REVIEWS + "/" + id).then().body("allowedTransitions", hasSize(0));
    // from acknowledged: only closed, by a director above the reviewer or an admin
    move(reviewee, id, "acknowledge").then().statusCode(409);
    move(reviewer, id, "submit").then().statusCode(409);
    move(reviewee, id, "close").then().statusCode(403);
    move(reviewer, id, "close")
        .then()
        .statusCode(403)
        .body("detail", containsString("director above the reviewer"));
    move(top, id, "close")
        .then()
        .statusCode(200)
        .body("status", equalTo("closed"))
        .body("transitions.to", equalTo(List.of("submitted", "acknowledged", "closed")))
        .body("transitions[2].by", equalTo(top.idString()))
        .body("allowedTransitions", hasSize(0));
    // closed is final
    for (String m : List.of("submit", "acknowledge", "close")) {
      move(admin, id, m)
          .then()
          .statusCode(409)
          .body("detail", containsString("none: closed is final"));
    }
  }

  @Test
  void anAdminMayCloseAndAcknowledgingNeedsNoBody() {
    String id = draft(admin, reviewee, "2026-Q3");
    move(admin, id, "submit").then().statusCode(200);
    Api.as(reviewee).post(REVIEWS + "/" + id + "/acknowledge").then().statusCode(200);
    move(admin, id, "close").then().statusCode(200).body("status", equalTo("closed"));
  }

  @Test
  void editsOnlyInDraftAndOnlyByTheReviewerOrAbove() {
    String id = draft(reviewer, reviewee, "2026-H2");
    var patched =
        patch(
                reviewer,
                id,
                "{\"strengths\": \"Clients trust her\", \"ratings\": [{\"competency\": \"leadership\", \"rating\": 5}],"
                    + " \"compensation\": {\"meritIncreasePercent\": \"30\"}}")
            .then()
            .statusCode(200)
            .body("strengths", equalTo("Clients trust her"))
            .body("ratings[0].rating", equalTo(5))
            .body("compensation.meritIncreasePercent", equalTo("30"))
            .body("compensation.bonus", nullValue())
            .extract();
    int version = patched.path("version");
    // merge patch: one field of the compensation changes, the rest stays
    patch(top, id, "{\"compensation\": {\"bonus\": {\"amount\": \"500\", \"currency\": \"EUR\"}}}")
        .then()
        .statusCode(200)
        .body("compensation.meritIncreasePercent", equalTo("30"))
        .body("compensation.bonus.amount", equalTo("500.00"))
        .body("version", equalTo(version + 1));
    // an unchanged patch is no new version
    patch(top, id, "{\"strengths\": \"Clients trust her\"}")
        .then()
        .statusCode(200)
        .body("version", equalTo(version + 1));
    Api.as(reviewer)
        .header("If-Match", "\"" + version + "\"")
        .contentType("application/merge-patch+json")
        .body("{\"strengths\": \"x\"}")
        .patch(REVIEWS + "/" + id)
        .then()
        .statusCode(412);
    // null clears: the whole recommendation, the ratings
    patch(top, id, "{\"compensation\": null, \"ratings\": null}")
        .then()
        .statusCode(200)
        .body("compensation.meritIncreasePercent", nullValue())
        .body("compensation.bonus", nullValue())
        .body("ratings", hasSize(0))
        .body("version", equalTo(version + 2));
    TestStaff executive = fixtures.staff("executive");
    patch(executive, id, "{\"strengths\": \"x\"}").then().statusCode(403);
    move(reviewer, id, "submit").then().statusCode(200);
    patch(reviewer, id, "{\"strengths\": \"afterwards\"}")
        .then()
        .statusCode(409)
        .body("detail", containsString("Only a draft"));
    assertThat(
            fixtures.text(
                "select strengths from review where id = ?1", java.util.UUID.fromString(id)))
        .isEqualTo("Clients trust her");
  }

  @Test
  void theReviewerMayBeHandedToSomeoneAboveTheRevieweeInTheTeam() {
    TestStaff lead = fixtures.staff("manager", reviewer);
    TestStaff member = fixtures.staff("manager", lead);
    String id = draft(reviewer, member, "2026-H2");
    Api.as(reviewer).get(REVIEWS + "/" + id).then().body("reviewerId", equalTo(lead.idString()));
    // the lead (reviewer now) edits and submits
    patch(lead, id, "{\"improvements\": \"Plan earlier\"}").then().statusCode(200);
    patch(reviewer, id, "{\"reviewerId\": \"%s\"}".formatted(reviewer.id()))
        .then()
        .statusCode(200)
        .body("reviewerId", equalTo(reviewer.idString()));
    TestStaff stranger = fixtures.staff("director");
    for (TestStaff wrong : List.of(member, stranger)) {
      patch(reviewer, id, "{\"reviewerId\": \"%s\"}".formatted(wrong.id()))
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("reviewerId"));
    }
  }

  @Test
  void badInputIsA4xxAndWritesNothing() {
    String body =
        "{\"revieweeId\": \"%s\", \"cycle\": \"2026-H2\", %s}".formatted(reviewee.id(), "%s");
    record Case(String fields, int status, String field) {}
    List<Case> cases =
        List.of(
            new Case(
                "\"ratings\": [{\"competency\": \"leadership\", \"rating\": 6}]",
                422,
                "ratings[0].rating"),
            new Case(
                "\"ratings\": [{\"competency\": \"leadership\", \"rating\": 0}]",
                422,
                "ratings[0].rating"),
            new Case(
                "\"ratings\": [{\"competency\": \"leadership\", \"rating\": 4.5}]",
                422,
                "ratings[0].rating"),
            new Case(
                "\"ratings\": [{\"competency\": \"charm\", \"rating\": 4}]",
                422,
                "ratings[0].competency"),
            new Case(
                "\"ratings\": [{\"competency\": \"leadership\", \"rating\": 4}, {\"competency\": \"leadership\", \"rating\": 2}]",
                422,
                "ratings[1].competency"),
            new Case(
                "\"compensation\": {\"meritIncreasePercent\": \"30.5\"}",
                422,
                "compensation.meritIncreasePercent"),
            new Case(
                "\"compensation\": {\"meritIncreasePercent\": \"-1\"}",
                422,
                "compensation.meritIncreasePercent"),
            new Case(
                "\"compensation\": {\"bonus\": {\"amount\": \"-5.00\", \"currency\": \"USD\"}}",
                422,
                "compensation.bonus.amount"),
            new Case("\"compensation\": {\"promotion\": true}", 422, "compensation.proposedTitle"),
            new Case(
                "\"compensation\": {\"proposedTitle\": \"Boss\"}",
                422,
                "compensation.proposedTitle"),
            new Case(
                "\"compensation\": {\"rotationNote\": \"Retail\"}",
                422,
                "compensation.rotationNote"),
            new Case("\"goals\": [{\"description\": \"\"}]", 422, "goals[0].description"),
            new Case(
                "\"goals\": [{\"description\": \"Grow\", \"status\": \"done\"}]",
                422,
                "goals[0].status"),
            new Case("\"status\": \"closed\"", 422, "status"),
            new Case("\"version\": 3", 422, "version"));
    for (Case c : cases) {
      Api.as(reviewer)
          .body(body.formatted(c.fields()))
          .post(REVIEWS)
          .then()
          .statusCode(c.status())
          .contentType("application/problem+json")
          .body("errors.field", hasItem(c.field()));
    }
    // rule failures of one body are named together
    Api.as(reviewer)
        .body(
            body.formatted(
                """
                "ratings": [{"competency": "charm", "rating": 4}],
                "compensation": {"bonus": {"amount": "-5.00", "currency": "USD"}, "rotationNote": "Retail"}
                """))
        .post(REVIEWS)
        .then()
        .statusCode(422)
        .body(
            "errors.field",
            contains(
                "compensation.bonus.amount", "compensation.rotationNote", "ratings[0].competency"));
    Api.as(reviewer)
        .body("{\"revieweeId\": \"%s\", \"cycle\": \"2026-H3\"}".formatted(reviewee.id()))
        .post(REVIEWS)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("cycle"));
    Api.as(reviewer)
        .body("{\"revieweeId\": \"%s\"".formatted(reviewee.id()))
        .post(REVIEWS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.as(reviewer).body("{\"cycle\": \"2026-H2\"}").post(REVIEWS).then().statusCode(422);
    // not the caller's team, nor the caller
    TestStaff outsider = fixtures.staff("manager");
    for (TestStaff who : List.of(outsider, reviewer)) {
      Api.as(reviewer)
          .body("{\"revieweeId\": \"%s\", \"cycle\": \"2026-H2\"}".formatted(who.id()))
          .post(REVIEWS)
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("revieweeId"));
    }
    assertThat(fixtures.count("select count(*) from review where reviewee_id = ?1", reviewee.id()))
        .isZero();
    // a draft's PATCH refuses what is not its to change
    String id = draft(reviewer, reviewee, "2026-H2");
    patch(reviewer, id, "{\"cycle\": \"2027\"}")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("cycle"));
    patch(reviewer, id, "{\"ratings\": [{\"competency\": \"leadership\", \"rating\": \"five\"}]}")
        .then()
        .statusCode(422);
    patch(reviewer, id, "[1]").then().statusCode(400);
    Api.as(reviewer).get(REVIEWS + "/" + id).then().body("version", equalTo(0));
  }

  @Test
  void aRetiredCompetencyStaysWhereItWasRatedButCannotBeAdded() {
    String key =
        "retiring_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Api.as(admin)
        .body("{\"key\": \"%s\", \"label\": \"Retiring\", \"position\": 99}".formatted(key))
        .post(REVIEWS + "/competencies")
        .then()
        .statusCode(201);
    String kept = draft(reviewer, reviewee, "2026-H2");
    patch(reviewer, kept, "{\"ratings\": [{\"competency\": \"%s\", \"rating\": 4}]}".formatted(key))
        .then()
        .statusCode(200);
    Api.as(admin)
        .contentType("application/merge-patch+json")
        .body("{\"retired\": true}")
        .patch(REVIEWS + "/competencies/" + key)
        .then()
        .statusCode(200)
        .body("retired", equalTo(true));
    Api.as(reviewer)
        .queryParam("includeRetired", "false")
        .get(REVIEWS + "/competencies")
        .then()
        .body("items.key", org.hamcrest.Matchers.not(hasItem(key)));
    // kept: changing its rating is fine
    patch(reviewer, kept, "{\"ratings\": [{\"competency\": \"%s\", \"rating\": 2}]}".formatted(key))
        .then()
        .statusCode(200);
    String fresh = draft(reviewer, reviewee, "2026-Q4");
    patch(
            reviewer,
            fresh,
            "{\"ratings\": [{\"competency\": \"%s\", \"rating\": 2}]}".formatted(key))
        .then()
        .statusCode(422)
        .body("errors[0].message", containsString("retired"));
    Api.as(admin)
        .body("{\"key\": \"%s\", \"label\": \"Again\", \"position\": 1}".formatted(key))
        .post(REVIEWS + "/competencies")
        .then()
        .statusCode(409);
  }

  @Test
  void openingACycleDraftsForEveryReportOnceOnly() {
    TestStaff second = fixtures.staff("manager", reviewer);
    TestStaff gone = fixtures.staff("manager", reviewer);
    fixtures.deactivate(gone);
    fixtures.staff("manager", reviewee); // not a direct report of the reviewer
    String existing = draft(reviewer, reviewee, "2027-H1");
    var opened =
        Api.as(reviewer)
            .post(REVIEWS + "/cycles/2027-H1")
            .then()
            .statusCode(201)
            .header("Location", endsWith(REVIEWS + "?cycle=2027-H1&scope=reviewing"))
            .body("cycle", equalTo("2027-H1"))
            .body("created", hasSize(1))
            .body("existing", equalTo(List.of(existing)))
            .extract();
    String created = opened.path("created[0]");
    // time-ordered like every other record's id: version 7
    assertThat(UUID.fromString(created).version()).isEqualTo(7);
    Api.as(reviewer)
        .get(REVIEWS + "/" + created)
        .then()
        .body("revieweeId", equalTo(second.idString()))
        .body("reviewerId", equalTo(reviewer.idString()))
        .body("status", equalTo("draft"));
    Api.as(reviewer)
        .post(REVIEWS + "/cycles/2027-H1")
        .then()
        .statusCode(200)
        .body("created", hasSize(0))
        .body("existing", hasSize(2));
    assertThat(
            fixtures.count(
                "select count(*) from review r join staff s on s.id = r.reviewee_id"
                    + " where s.manager_id = ?1 and r.cycle = '2027-H1'",
                reviewer.id()))
        .isEqualTo(2);
    Api.as(reviewer)
        .post(REVIEWS + "/cycles/2027-H9")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
