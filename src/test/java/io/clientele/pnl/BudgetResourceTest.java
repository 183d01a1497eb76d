package io.clientele.pnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BudgetResourceTest {
  @Inject Fixtures fixtures;
  TestStaff finance;
  TestStaff manager;
  UUID account;
  String budgets;

  @BeforeEach
  void world() {
    finance = fixtures.staff("finance");
    manager = fixtures.staff("manager", fixtures.staff("director"));
    account = fixtures.account(Fixtures.unique("Budgeted"), manager);
    budgets = "/api/v1/accounts/" + account + "/budgets";
  }

  private String create(String body) {
    return Api.as(finance).body(body).post(budgets).then().statusCode(201).extract().path("id");
  }

  @Test
  void aBudgetIsSpreadOverItsMonthsExactlyAndReadBack() {
    var created =
        Api.as(finance)
            .body(
                """
                {"period": "2026-Q1", "revenue": {"amount": "150000.00", "currency": "EUR"},
                 "costs": {"staff": {"amount": "100.00", "currency": "EUR"},
                           "third_party": {"amount": "7", "currency": "JPY"}}}
                """)
            .post(budgets)
            .then()
            .statusCode(201)
            .body("period", equalTo("2026-Q1"))
            .body("start", equalTo("2026-01-01"))
            .body("end", equalTo("2026-03-31"))
            .body("revenue.amount", equalTo("150000.00"))
            .body("costs.staff.amount", equalTo("100.00"))
            .body("costs.third_party.amount", equalTo("7"))
            .body("costs.media", nullValue())
            .body("version", equalTo(0))
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith(budgets + "/" + id);
    // 100.00 over three months: 33.33, 33.33, 33.34; 7 yen: 2, 2, 3
    assertThat(
            fixtures.text(
                "select string_agg(amount::text, ',' order by month) from budget_line where budget_id = ?1 and category = 'staff'",
                UUID.fromString(id)))
        .isEqualTo("33.3300,33.3300,33.3400");
    assertThat(
            fixtures.text(
                "select string_agg(amount::text, ',' order by month) from budget_line where budget_id = ?1 and category = 'third_party'",
                UUID.fromString(id)))
        .isEqualTo("2.0000,2.0000,3.0000");
    Api.as(manager)
        .get(budgets + "/" + id)
        .then()
        .statusCode(200)
        .body("revenue.amount", equalTo("150000.00"))
        .body("costs.third_party.amount", equalTo("7"));
    Api.as(manager)
        .queryParam("period", "2026")
        .get(budgets)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    Api.as(manager)
        .queryParam("period", "2027")
        .get(budgets)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void budgetsOfOneAccountNeverOverlap() {
    create("{\"period\": \"2026-Q2\", \"revenue\": {\"amount\": \"10\", \"currency\": \"USD\"}}");
    for (String period : List.of("2026", "2026-H1", "2026-Q2", "2026-05")) {
      Api.as(finance)
          .body(
              "{\"period\": \"%s\", \"revenue\": {\"amount\": \"10\", \"currency\": \"USD\"}}"
                  .formatted(period))
          .post(budgets)
          .then()
          .statusCode(409)
          .body("detail", org.hamcrest.Matchers.containsString("2026-Q2"));
    }
    create("{\"period\": \"2026-07\", \"revenue\": {\"amount\": \"10\", \"currency\": \"USD\"}}");
    // another account is free to budget the same period
    UUID other = fixtures.account(Fixtures.unique("Other"), manager);
    Api.as(finance)
        .body("{\"period\": \"2026-Q2\", \"revenue\": {\"amount\": \"10\", \"currency\": \"USD\"}}")
        .post("/api/v1/accounts/" + other + "/budgets")
        .then()
        .statusCode(201);
  }

  @Test
  void figuresChangeByMergePatchWithVersionsAndBadOnesAreRefused() {
    String id =
        create(
            "{\"period\": \"2026-Q3\", \"revenue\": {\"amount\": \"900\", \"currency\": \"USD\"}, \"costs\": {\"media\": {\"amount\": \"300\", \"currency\": \"USD\"}}}");
    String budget = budgets + "/" + id;
    Api.as(finance)
        .header("If-Match", "\"0\"")
        .contentType("application/merge-patch+json")
        .body(
            "{\"costs\": {\"media\": null, \"travel\": {\"amount\": \"30\", \"currency\": \"USD\"}}}")
        .patch(budget)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("costs.media", nullValue())
        .body("costs.travel.amount", equalTo("30.00"))
        .body("revenue.amount", equalTo("900.00"));
    assertThat(
            fixtures.count(
                "select count(*) from budget_line where budget_id = ?1 and category = 'media'",
                UUID.fromString(id)))
        .isZero();
    Api.as(finance)
        .header("If-Match", "\"0\"")
        .body("{\"revenue\": {\"amount\": \"1\", \"currency\": \"USD\"}}")
        .patch(budget)
        .then()
        .statusCode(412);
    Api.as(finance)
        .body("{\"revenue\": {\"amount\": \"-1\", \"currency\": \"USD\"}}")
        .patch(budget)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("revenue.amount"));
    Api.as(finance)
        .body("{\"revenue\": null, \"costs\": null}")
        .patch(budget)
        .then()
        .statusCode(422);
    Api.as(finance).body("{\"period\": \"2027\"}").patch(budget).then().statusCode(422);
    // an unchanged patch keeps the version
    Api.as(finance)
        .body("{\"revenue\": {\"amount\": \"900.00\", \"currency\": \"USD\"}}")
        .patch(budget)
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
    Api.as(manager).body("{}").patch(budget).then().statusCode(403);
    Api.as(finance).header("If-Match", "\"0\"").delete(budget).then().statusCode(412);
    Api.as(finance).delete(budget).then().statusCode(204);
    Api.as(finance).get(budget).then().statusCode(404);
    assertThat(
            fixtures.count(
                "select count(*) from budget_line where budget_id = ?1", UUID.fromString(id)))
        .isZero();
  }

  @Test
  void badBudgetsAreRefused() {
    record Bad(String body, int status, String field) {}
    for (Bad b :
        List.of(
            new Bad("{\"period\": \"2026-Q1\"}", 422, "revenue"),
            new Bad(
                "{\"period\": \"2026-Q5\", \"revenue\": {\"amount\": \"1\", \"currency\": \"USD\"}}",
                422,
                "period"),
            new Bad("{\"revenue\": {\"amount\": \"1\", \"currency\": \"USD\"}}", 422, "period"),
            new Bad(
                "{\"period\": \"2026\", \"costs\": {\"media\": {\"amount\": \"-3\", \"currency\": \"USD\"}}}",
                422,
                "costs.media.amount"),
            new Bad(
                "{\"period\": \"2026\", \"costs\": {\"snacks\": {\"amount\": \"3\", \"currency\": \"USD\"}}}",
                422,
                "costs.snacks"))) {
      var response = Api.as(finance).body(b.body()).post(budgets);
      assertThat(response.statusCode()).as(b.body()).isEqualTo(b.status());
      assertThat(response.jsonPath().getList("errors.field", String.class))
          .as(b.body())
          .contains(b.field());
    }
    assertThat(fixtures.count("select count(*) from budget where account_id = ?1", account))
        .isZero();
  }
}
