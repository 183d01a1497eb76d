package io.clientele.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees a review, and its compensation, at every stage: each caller against the review itself,
 * its KPIs, the list and the writes. "hidden" means the `compensation` key is absent (not null).
 */
@QuarkusTest
class ReviewVisibilityTest {
  static final String REVIEWS = "/api/v1/reviews";

  /** What a caller gets: 404 (or 403 by role), or the review with or without compensation. */
  enum Sight {
    WHOLE,
    HIDDEN,
    NOT_FOUND,
    FORBIDDEN
  }

  @Inject Fixtures fixtures;
  Map<String, TestStaff> callers;
  TestStaff reviewer;
  TestStaff reviewee;
  String id;
  List<String> mismatches;

  @BeforeEach
  void world() {
    TestStaff chief = fixtures.staff("executive");
    TestStaff top = fixtures.staff("director", chief);
    reviewer = fixtures.staff("director", top);
    reviewee = fixtures.staff("manager", reviewer);
    callers = new LinkedHashMap<>();
    callers.put("reviewer", reviewer);
    callers.put("director above the reviewer", top);
    callers.put("admin", fixtures.staff("admin"));
    callers.put("executive", fixtures.staff("executive"));
    callers.put("executive above the reviewer", chief);
    callers.put("reviewee", reviewee);
    callers.put("peer of the reviewee", fixtures.staff("manager", reviewer));
    callers.put("another director", fixtures.staff("director"));
    callers.put("finance", fixtures.staff("finance"));
    callers.put("integration", fixtures.staff("integration"));
    id =
        Api.as(reviewer)
            .body(
                """
                {"revieweeId": "%s", "cycle": "2026-H1",
                 "compensation": {"meritIncreasePercent": "3", "promotion": false}}
                """
                    .formatted(reviewee.id()))
            .post(REVIEWS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    mismatches = new ArrayList<>();
  }

  private Map<String, Sight> expected(boolean submitted) {
    Map<String, Sight> sight = new LinkedHashMap<>();
    sight.put("reviewer", Sight.WHOLE);
    sight.put("director above the reviewer", Sight.WHOLE);
    sight.put("admin", Sight.WHOLE);
    sight.put("executive", Sight.HIDDEN);
    // the executive role never sees compensation, even above the reviewer
    sight.put("executive above the reviewer", Sight.HIDDEN);
    sight.put("reviewee", submitted ? Sight.HIDDEN : Sight.NOT_FOUND);
    sight.put("peer of the reviewee", Sight.NOT_FOUND);
    sight.put("another director", Sight.NOT_FOUND);
    sight.put("finance", Sight.NOT_FOUND);
    sight.put("integration", Sight.FORBIDDEN);
    return sight;
  }

  private static Sight sightOf(Response response, String path) {
    return switch (response.statusCode()) {
      case 404 -> Sight.NOT_FOUND;
      case 403 -> Sight.FORBIDDEN;
      case 200 -> {
        Map<String, Object> review = response.jsonPath().getMap(path);
        if (review == null) {
          yield Sight.NOT_FOUND; // not in the list
        }
        yield review.containsKey("compensation") ? Sight.WHOLE : Sight.HIDDEN;
      }
      default -> throw new AssertionError("unexpected " + response.statusCode());
    };
  }

  private void check(String what, Sight expected, Sight actual) {
    if (expected != actual) {
      mismatches.add(what + ": " + actual + ", expected " + expected);
    }
  }

  private void checkEveryone(boolean submitted) {
    String stage = submitted ? " (submitted)" : " (draft)";
    expected(submitted)
        .forEach(
            (who, sight) -> {
              TestStaff caller = callers.get(who);
              check(
                  "GET /reviews/{id} as " + who + stage,
                  sight,
                  sightOf(Api.as(caller).get(REVIEWS + "/" + id), ""));
              // the list shows exactly what the review shows (403 for the role that has none)
              Response list =
                  Api.as(caller).queryParam("revieweeId", reviewee.idString()).get(REVIEWS);
              check(
                  "GET /reviews as " + who + stage,
                  sight,
                  sightOf(list, "items.find { it.id == '" + id + "' }"));
              int kpis = Api.as(caller).get(REVIEWS + "/" + id + "/kpis").statusCode();
              int expectedKpis =
                  switch (sight) {
                    case WHOLE, HIDDEN -> 200;
                    case NOT_FOUND -> 404;
                    case FORBIDDEN -> 403;
                  };
              if (kpis != expectedKpis) {
                mismatches.add("GET /reviews/{id}/kpis as " + who + stage + ": " + kpis);
              }
            });
  }

  @Test
  void everyCallerSeesWhatTheirPlaceAllows() {
    checkEveryone(false);
    Api.as(reviewer).post(REVIEWS + "/" + id + "/submit").then().statusCode(200);
    checkEveryone(true);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void theRevieweeNeverSeesCompensationEvenAsAnAdmin() {
    TestStaff adminReviewee = fixtures.staff("admin", reviewer);
    String own =
        Api.as(reviewer)
            .body(
                "{\"revieweeId\": \"%s\", \"cycle\": \"2026-H1\", \"compensation\": {\"meritIncreasePercent\": \"5\"}}"
                    .formatted(adminReviewee.id()))
            .post(REVIEWS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // an admin sees everything, but their own compensation is not theirs to see
    assertThat(sightOf(Api.as(adminReviewee).get(REVIEWS + "/" + own), "")).isEqualTo(Sight.HIDDEN);
    Api.as(adminReviewee)
        .contentType("application/merge-patch+json")
        .body("{\"compensation\": {\"meritIncreasePercent\": \"30\"}}")
        .patch(REVIEWS + "/" + own)
        .then()
        .statusCode(403);
    Api.as(adminReviewee).post(REVIEWS + "/" + own + "/submit").then().statusCode(403);
    assertThat(
            fixtures.text(
                "select merit_increase_percent from review where id = ?1",
                java.util.UUID.fromString(own)))
        .isEqualTo("5.00");
  }

  @Test
  void anExecutiveWhoWroteTheReviewSeesItsCompensation() {
    TestStaff chief = fixtures.staff("executive");
    TestStaff report = fixtures.staff("director", chief);
    String own =
        Api.as(fixtures.staff("admin"))
            .body(
                "{\"revieweeId\": \"%s\", \"reviewerId\": \"%s\", \"cycle\": \"2026-H1\", \"compensation\": {\"meritIncreasePercent\": \"4\"}}"
                    .formatted(report.id(), chief.id()))
            .post(REVIEWS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(sightOf(Api.as(chief).get(REVIEWS + "/" + own), "")).isEqualTo(Sight.WHOLE);
    assertThat(
            sightOf(
                Api.as(chief).queryParam("scope", "reviewing").get(REVIEWS),
                "items.find { it.id == '" + own + "' }"))
        .isEqualTo(Sight.WHOLE);
    // another executive sees the review but not its compensation
    assertThat(sightOf(Api.as(fixtures.staff("executive")).get(REVIEWS + "/" + own), ""))
        .isEqualTo(Sight.HIDDEN);
  }

  @Test
  void thoseWhoMayNotSeeItCannotTouchIt() {
    for (String who : List.of("peer of the reviewee", "another director", "finance", "reviewee")) {
      TestStaff caller = callers.get(who);
      int patch =
          Api.as(caller)
              .contentType("application/merge-patch+json")
              .body("{\"strengths\": \"x\"}")
              .patch(REVIEWS + "/" + id)
              .statusCode();
      int submit = Api.as(caller).post(REVIEWS + "/" + id + "/submit").statusCode();
      if (patch != 404 || submit != 404) {
        mismatches.add(who + ": PATCH " + patch + ", submit " + submit);
      }
    }
    TestStaff integration = callers.get("integration");
    assertThat(Api.as(integration).post(REVIEWS + "/" + id + "/submit").statusCode())
        .isEqualTo(403);
    assertThat(mismatches).isEmpty();
    assertThat(
            fixtures.text("select status from review where id = ?1", java.util.UUID.fromString(id)))
        .isEqualTo("draft");
  }

  @Test
  void listScopesAndFilters() {
    TestStaff other = fixtures.staff("manager", reviewer);
    Api.as(reviewer)
        .body("{\"revieweeId\": \"%s\", \"cycle\": \"2026-H1\"}".formatted(other.id()))
        .post(REVIEWS)
        .then()
        .statusCode(201);
    TestStaff top = callers.get("director above the reviewer");
    assertThat(ids(top, "scope", "reviewing")).isEmpty();
    assertThat(ids(top, "scope", "team")).hasSize(2);
    assertThat(ids(reviewer, "scope", "reviewing")).hasSize(2);
    assertThat(ids(reviewer, "scope", "own")).isEmpty();
    assertThat(ids(reviewee, "scope", "own")).isEmpty(); // a draft
    Api.as(reviewer).post(REVIEWS + "/" + id + "/submit").then().statusCode(200);
    assertThat(ids(reviewee, "scope", "own")).containsExactly(id);
    assertThat(ids(top, "status", "submitted")).containsExactly(id);
    assertThat(ids(top, "status", "draft,submitted")).hasSize(2);
    assertThat(ids(top, "revieweeId", reviewee.idString())).containsExactly(id);
    assertThat(ids(top, "cycle", "2026-H2")).isEmpty();
    for (String[] bad :
        List.of(
            new String[] {"status", "pending"},
            new String[] {"scope", "everyone"},
            new String[] {"revieweeId", "nope"},
            new String[] {"limit", "501"},
            new String[] {"sort", "strengths"})) {
      Api.as(top)
          .queryParam(bad[0], bad[1])
          .get(REVIEWS)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  private List<String> ids(TestStaff caller, String parameter, String value) {
    return Api.as(caller)
        .queryParam(parameter, value)
        .queryParam("reviewerId", reviewer.idString())
        .get(REVIEWS)
        .then()
        .statusCode(200)
        .extract()
        .path("items.id");
  }
}
