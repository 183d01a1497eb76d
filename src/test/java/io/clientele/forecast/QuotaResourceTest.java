package io.clientele.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotaResourceTest {
  static final String QUOTAS = "/api/v1/quotas";
  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff lead;
  TestStaff manager;

  @BeforeEach
  void team() {
    director = fixtures.staff("director");
    lead = fixtures.staff("director", director);
    manager = fixtures.staff("manager", lead);
  }

  private static String quota(TestStaff staff, String period, String amount) {
    return "{\"staffId\": \"%s\", \"period\": \"%s\", \"amount\": {\"amount\": \"%s\", \"currency\": \"USD\"}}"
        .formatted(staff.id(), period, amount);
  }

  @Test
  void directorsSetQuotasForEveryoneBelowThemAndNobodyElse() {
    Api.as(director)
        .body(quota(manager, "2026-Q4", "500000"))
        .post(QUOTAS)
        .then()
        .statusCode(201)
        .body("amount.amount", equalTo("500000.00"))
        .body("start", equalTo("2026-10-01"))
        .body("end", equalTo("2026-12-31"));
    Api.as(director).body(quota(lead, "2026", "4000000")).post(QUOTAS).then().statusCode(201);
    Api.as(director)
        .body(quota(director, "2026-Q4", "1"))
        .post(QUOTAS)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("staffId"));
    Api.as(lead).body(quota(director, "2026-Q4", "1")).post(QUOTAS).then().statusCode(422);
    Api.as(director)
        .body(quota(fixtures.staff("manager"), "2026-Q4", "1"))
        .post(QUOTAS)
        .then()
        .statusCode(422);
    Api.as(fixtures.staff("admin"))
        .body(quota(director, "2026-Q4", "9"))
        .post(QUOTAS)
        .then()
        .statusCode(201);
    for (String role : List.of("manager", "finance", "executive", "integration")) {
      Api.as(fixtures.staff(role))
          .body(quota(manager, "2027-Q1", "1"))
          .post(QUOTAS)
          .then()
          .statusCode(403);
    }
  }

  @Test
  void badQuotasAreRefused() {
    Api.as(director)
        .body(quota(manager, "2026-11", "1"))
        .post(QUOTAS)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("period"));
    Api.as(director)
        .body(quota(manager, "2026-Q9", "1"))
        .post(QUOTAS)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("period"));
    Api.as(director)
        .body(quota(manager, "2026-Q1", "-1"))
        .post(QUOTAS)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("amount.amount"));
    Api.as(director).body(quota(manager, "2026-Q1", "1")).post(QUOTAS).then().statusCode(201);
    Api.as(director).body(quota(manager, "2026-Q1", "2")).post(QUOTAS).then().statusCode(409);
  }

  @Test
  void aWholeTeamIsSetInOneRequestAllOrNothing() {
    String team =
        "{\"quotas\": [{\"staffId\": \"%s\", \"amount\": {\"amount\": \"%s\", \"currency\": \"USD\"}}, {\"staffId\": \"%s\", \"amount\": {\"amount\": \"300000\", \"currency\": \"USD\"}}]}";
    Api.as(director)
        .body(team.formatted(lead.id(), "900000", manager.id()))
        .put(QUOTAS + "/periods/2026-H2")
        .then()
        .statusCode(200)
        .body("staffId", containsInAnyOrder(lead.idString(), manager.idString()))
        .body("version", contains(0, 0));
    Api.as(director)
        .body(team.formatted(lead.id(), "950000", manager.id()))
        .put(QUOTAS + "/periods/2026-H2")
        .then()
        .statusCode(200)
        .body("find { it.staffId == '%s' }.version".formatted(lead.idString()), equalTo(1))
        .body(
            "find { it.staffId == '%s' }.amount.amount".formatted(lead.idString()),
            equalTo("950000.00"))
        .body("find { it.staffId == '%s' }.version".formatted(manager.idString()), equalTo(0));
    // one staff member out of reach: nothing of the request is written
    TestStaff stranger = fixtures.staff("manager");
    Api.as(director)
        .body(team.formatted(lead.id(), "1", stranger.id()))
        .put(QUOTAS + "/periods/2026-H2")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("quotas[1].staffId"));
    Api.as(director)
        .body(team.formatted(lead.id(), "1", lead.id()))
        .put(QUOTAS + "/periods/2026-H2")
        .then()
        .statusCode(422);
    Api.as(director)
        .queryParam("staffId", lead.idString())
        .queryParam("period", "2026-H2")
        .get(QUOTAS)
        .then()
        .body("items.amount.amount", contains("950000.00"));
  }

  @Test
  void readersSeeTheQuotasOfTheStaffTheyMaySeeWithinAPeriod() {
    Api.as(director).body(quota(manager, "2026-Q3", "100")).post(QUOTAS).then().statusCode(201);
    Api.as(director).body(quota(manager, "2026", "400")).post(QUOTAS).then().statusCode(201);
    Api.as(director).body(quota(manager, "2027-Q1", "200")).post(QUOTAS).then().statusCode(201);
    Api.as(manager)
        .queryParam("staffId", manager.idString())
        .queryParam("period", "2026")
        .get(QUOTAS)
        .then()
        .statusCode(200)
        .body("items.period", contains("2026", "2026-Q3"));
    Api.as(manager)
        .queryParam("period", "2026-Q3")
        .get(QUOTAS)
        .then()
        .body("items.period", contains("2026-Q3"));
    Api.as(fixtures.staff("manager"))
        .queryParam("staffId", manager.idString())
        .get(QUOTAS)
        .then()
        .body("items", empty());
    Api.as(fixtures.staff("finance"))
        .queryParam("staffId", manager.idString())
        .get(QUOTAS)
        .then()
        .body("items.period", contains("2026", "2026-Q3", "2027-Q1"));
    Api.as(manager).queryParam("period", "soon").get(QUOTAS).then().statusCode(400);
  }

  @Test
  void aQuotaIsChangedWithItsEtagAndDeleted() {
    String id =
        Api.as(director)
            .body(quota(manager, "2028-Q2", "100"))
            .post(QUOTAS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(director)
        .header("If-Match", "\"0\"")
        .body("{\"amount\": {\"amount\": \"150\", \"currency\": \"USD\"}}")
        .patch(QUOTAS + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("amount.amount", equalTo("150.00"));
    Api.as(director)
        .header("If-Match", "\"0\"")
        .body("{\"amount\": {\"amount\": \"175\", \"currency\": \"USD\"}}")
        .patch(QUOTAS + "/" + id)
        .then()
        .statusCode(412);
    Api.as(director)
        .body("{\"period\": \"2029\"}")
        .patch(QUOTAS + "/" + id)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("period"));
    Api.as(manager).get(QUOTAS + "/" + id).then().statusCode(200);
    Api.as(fixtures.staff("manager")).get(QUOTAS + "/" + id).then().statusCode(404);
    Api.as(manager).delete(QUOTAS + "/" + id).then().statusCode(403);
    Api.as(director).delete(QUOTAS + "/" + id).then().statusCode(204);
    assertThat(fixtures.count("select count(*) from quota where id = cast(?1 as uuid)", id))
        .isZero();
  }
}
