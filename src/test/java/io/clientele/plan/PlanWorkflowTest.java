package io.clientele.plan;

import static io.clientele.plan.PlanFixtures.aPlan;
import static io.clientele.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plan's moves: who makes them, which are allowed from where, and what they record. */
@QuarkusTest
class PlanWorkflowTest {
  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff manager;
  UUID account;
  String id;

  @BeforeEach
  void world() {
    director = fixtures.staff("director");
    manager = fixtures.staff("manager", director);
    account = fixtures.account(Fixtures.unique("Moved"), manager);
    id = aPlan().on(account).year(2027).create(manager);
  }

  @Test
  void theDirectorActivatesAndClosesAndEachMoveIsRecorded() {
    Instant before = Instant.now().minusSeconds(1);
    JsonPath active =
        Api.as(director)
            .body("{\"note\": \"Agreed at the kick-off\"}")
            .post(plan(account, id) + "/activate")
            .then()
            .statusCode(200)
            .header("ETag", "\"1\"")
            .body("status", equalTo("active"))
            .body("version", equalTo(1))
            .body("allowedTransitions", contains("closed"))
            .body("transitions", hasSize(1))
            .body("transitions[0].from", equalTo("draft"))
            .body("transitions[0].to", equalTo("active"))
            .body("transitions[0].by", equalTo(director.idString()))
            .body("transitions[0].note", equalTo("Agreed at the kick-off"))
            .extract()
            .jsonPath();
    Instant at = Instant.parse(active.getString("transitions[0].at"));
    assertThat(at).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
    assertThat(active.getString("updatedAt")).isEqualTo(active.getString("transitions[0].at"));
    // while active, the plan still changes
    Api.as(manager)
        .contentType("application/merge-patch+json")
        .body("{\"summary\": \"Under way\"}")
        .patch(plan(account, id))
        .then()
        .statusCode(200)
        .body("version", equalTo(2));
    // without a body, and with If-Match
    Api.as(director)
        .header("If-Match", "\"2\"")
        .post(plan(account, id) + "/close")
        .then()
        .statusCode(200)
        .body("status", equalTo("closed"))
        .body("allowedTransitions", empty())
        .body("transitions.to", contains("active", "closed"))
        .body("transitions[1].from", equalTo("active"))
        .body("transitions[1].note", nullValue());
  }

  @Test
  void anAdminMovesAnyPlan() {
    TestStaff admin = fixtures.staff("admin");
    PlanFixtures.move(admin, account, id, "activate");
    JsonPath closed = PlanFixtures.move(admin, account, id, "close");
    assertThat(closed.getList("transitions.by", String.class))
        .containsExactly(admin.idString(), admin.idString());
  }

  @Test
  void aManagerIsRefusedAndTheOtherTeamsDirectorDoesNotSeeThePlan() {
    Api.as(manager)
        .post(plan(account, id) + "/activate")
        .then()
        .statusCode(403)
        .body("detail", containsString("director"));
    TestStaff otherDirector = fixtures.staff("director");
    Api.as(otherDirector).post(plan(account, id) + "/activate").then().statusCode(404);
    for (String reader : new String[] {"finance", "executive", "integration"}) {
      Api.as(fixtures.staff(reader)).post(plan(account, id) + "/activate").then().statusCode(403);
    }
    Api.as(director)
        .get(plan(account, id))
        .then()
        .body("status", equalTo("draft"))
        .body("version", equalTo(0))
        .body("transitions", empty());
    // a director whose team does not hold the account does not see it; once someone of their
    // team is on the account's team, it is theirs to activate
    TestStaff deputy = fixtures.staff("director", director);
    Api.as(deputy).post(plan(account, id) + "/activate").then().statusCode(404);
    TestStaff deputysReport = fixtures.staff("manager", deputy);
    Api.as(director)
        .body("{\"role\": \"media lead\"}")
        .put("/api/v1/accounts/" + account + "/team/" + deputysReport.id())
        .then()
        .statusCode(201);
    Api.as(deputysReport).post(plan(account, id) + "/activate").then().statusCode(403);
    Api.as(deputy)
        .post(plan(account, id) + "/activate")
        .then()
        .statusCode(200)
        .body("transitions[0].by", equalTo(deputy.idString()));
  }

  @Test
  void aWrongMoveIs409NamingTheAllowedOnes() {
    Api.as(director)
        .post(plan(account, id) + "/close")
        .then()
        .statusCode(409)
        .body(
            "detail",
            equalTo("An account plan cannot go from draft to closed; allowed from draft: active"));
    PlanFixtures.move(director, account, id, "activate");
    Api.as(director)
        .post(plan(account, id) + "/activate")
        .then()
        .statusCode(409)
        .body("detail", containsString("allowed from active: closed"));
    PlanFixtures.move(director, account, id, "close");
    Api.as(director)
        .post(plan(account, id) + "/activate")
        .then()
        .statusCode(409)
        .body("detail", containsString("allowed from closed: none: closed is final"));
    // a manager asking for a move the status does not allow learns which are allowed, as on reviews
    Api.as(manager).post(plan(account, id) + "/close").then().statusCode(409);
    Api.as(director)
        .header("If-Match", "\"1\"")
        .post(plan(account, id) + "/close")
        .then()
        .statusCode(412);
  }

  @Test
  void aClosedPlanIsReadOnly() {
    PlanFixtures.move(director, account, id, "activate");
    PlanFixtures.move(director, account, id, "close");
    Api.as(director)
        .contentType("application/merge-patch+json")
        .body("{\"summary\": \"Afterthought\"}")
        .patch(plan(account, id))
        .then()
        .statusCode(409)
        .body("detail", containsString("closed"));
    Api.as(manager).delete(plan(account, id)).then().statusCode(409);
    Api.as(manager)
        .get(plan(account, id))
        .then()
        .statusCode(200)
        .body("status", equalTo("closed"))
        .body("summary", nullValue())
        .body("version", equalTo(2));
  }
}
