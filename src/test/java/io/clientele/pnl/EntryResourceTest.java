package io.clientele.pnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.Pages;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntryResourceTest {
  @Inject Fixtures fixtures;
  TestStaff finance;
  TestStaff director;
  TestStaff manager;
  UUID account;
  String revenue;
  String costs;

  @BeforeEach
  void world() {
    finance = fixtures.staff("finance");
    director = fixtures.staff("director");
    manager = fixtures.staff("manager", director);
    account = fixtures.account(Fixtures.unique("Ledger"), manager);
    revenue = "/api/v1/accounts/" + account + "/revenue";
    costs = "/api/v1/accounts/" + account + "/costs";
  }

  private String postRevenue(String date, String amount, String currency) {
    return Api.as(finance)
        .body(
            """
            {"date": "%s", "amount": {"amount": "%s", "currency": "%s"},
             "description": "retainer", "reference": "INV-1"}
            """
                .formatted(date, amount, currency))
        .post(revenue)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void financePostsRevenueAndCostsThatEveryoneInReachReads() {
    var posted =
        Api.as(finance)
            .body(
                """
                {"date": "2026-01-15", "amount": {"amount": "42000.00", "currency": "EUR"},
                 "description": "January retainer", "reference": "INV-2026-0012"}
                """)
            .post(revenue)
            .then()
            .statusCode(201)
            .body("amount.amount", equalTo("42000.00"))
            .body("amount.currency", equalTo("EUR"))
            .body("postedBy", equalTo(finance.idString()))
            .body("reversesId", nullValue())
            .extract();
    String id = posted.path("id");
    assertThat(posted.header("Location")).endsWith(revenue + "/" + id);
    Api.as(finance)
        .body(
            """
            {"date": "2026-01-31", "category": "media",
             "amount": {"amount": "12500", "currency": "EUR"}, "description": "Q1 media buy"}
            """)
        .post(costs)
        .then()
        .statusCode(201)
        .body("category", equalTo("media"))
        .body("amount.amount", equalTo("12500.00"));

    for (TestStaff reader : List.of(manager, director, fixtures.staff("executive"))) {
      Api.as(reader).get(revenue + "/" + id).then().statusCode(200).body("id", equalTo(id));
      Api.as(reader).get(costs).then().statusCode(200).body("items.category", hasItem("media"));
    }
    // a revenue entry is not a cost entry, and the entry does not exist under another account
    Api.as(finance).get(costs + "/" + id).then().statusCode(404);
    UUID other = fixtures.account(Fixtures.unique("Other"), manager);
    Api.as(finance).get("/api/v1/accounts/" + other + "/revenue/" + id).then().statusCode(404);
  }

  @Test
  void outsidersGetA404AndOnlyFinanceOrAdminsPost() {
    TestStaff otherDirector = fixtures.staff("director");
    TestStaff otherManager = fixtures.staff("manager", otherDirector);
    String id = postRevenue("2026-02-01", "10.00", "USD");
    for (TestStaff outsider : List.of(otherDirector, otherManager)) {
      Api.as(outsider).get(revenue).then().statusCode(404);
      Api.as(outsider).get(revenue + "/" + id).then().statusCode(404);
      Api.as(outsider).get(costs).then().statusCode(404);
    }
    String body =
        "{\"date\": \"2026-02-01\", \"amount\": {\"amount\": \"1.00\", \"currency\": \"USD\"}}";
    for (TestStaff writer : List.of(manager, director, fixtures.staff("executive"))) {
      Api.as(writer).body(body).post(revenue).then().statusCode(403);
      Api.as(writer).body("{}").post(revenue + "/" + id + "/reversal").then().statusCode(403);
    }
    Api.as(fixtures.staff("admin")).body(body).post(revenue).then().statusCode(201);
    Api.as(finance)
        .body(body)
        .post("/api/v1/accounts/" + UUID.randomUUID() + "/revenue")
        .then()
        .statusCode(404);
  }

  @Test
  void badEntriesAreRefusedAndNothingIsPosted() {
    record Bad(String body, int status, String field) {}
    List<Bad> bad =
        List.of(
            new Bad(
                "{\"date\": \"2026-01-01\", \"amount\": {\"amount\": \"-5.00\", \"currency\": \"USD\"}}",
                422,
                "amount.amount"),
            new Bad(
                "{\"date\": \"2026-01-01\", \"amount\": {\"amount\": \"0\", \"currency\": \"USD\"}}",
                422,
                "amount.amount"),
            new Bad("{\"amount\": {\"amount\": \"5.00\", \"currency\": \"USD\"}}", 422, "date"),
            new Bad("{\"date\": \"2026-01-01\"}", 422, "amount"),
            new Bad(
                "{\"date\": \"2026-01-01\", \"amount\": {\"amount\": \"5.001\", \"currency\": \"USD\"}}",
                422,
                "amount"),
            new Bad(
                "{\"date\": \"2026-13-01\", \"amount\": {\"amount\": \"5\", \"currency\": \"USD\"}}",
                422,
                "date"),
            new Bad(
                "{\"date\": \"2026-01-01\", \"amount\": {\"amount\": \"5\", \"currency\": \"XXQ\"}}",
                422,
                "amount"),
            new Bad(
                "{\"date\": \"2026-01-01\", \"amount\": {\"amount\": \"5\", \"currency\": \"USD\"}, \"id\": \"x\"}",
                422,
                "id"),
            new Bad("{\"date\": ", 400, null));
    for (Bad b : bad) {
      var response = Api.as(finance).body(b.body()).post(revenue);
      assertThat(response.statusCode()).as(b.body()).isEqualTo(b.status());
      assertThat(response.contentType()).startsWith("application/problem+json");
      if (b.field() != null) {
        assertThat(response.jsonPath().getList("errors.field", String.class))
            .as(b.body())
            .anySatisfy(f -> assertThat(f).startsWith(b.field()));
      }
    }
    Api.as(finance)
        .body(
            "{\"date\": \"2026-01-01\", \"category\": \"snacks\", \"amount\": {\"amount\": \"5\", \"currency\": \"USD\"}}")
        .post(costs)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("category"));
    Api.as(finance)
        .body("{\"date\": \"2026-01-01\", \"amount\": {\"amount\": \"5\", \"currency\": \"USD\"}}")
        .post(costs)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("category"));
    assertThat(fixtures.count("select count(*) from pnl_entry where account_id = ?1", account))
        .isZero();
  }

  @Test
  void aReversalCancelsAnEntryOnceAndTheLedgerNeverChanges() {
    String id = postRevenue("2026-03-10", "1250.50", "GBP");
    var reversed =
        Api.as(finance)
            .body("{\"description\": \"Posted twice\"}")
            .post(revenue + "/" + id + "/reversal")
            .then()
            .statusCode(201)
            .body("amount.amount", equalTo("-1250.50"))
            .body("amount.currency", equalTo("GBP"))
            .body("date", equalTo("2026-03-10"))
            .body("reversesId", equalTo(id))
            .body("description", equalTo("Posted twice"))
            .body("reference", equalTo("INV-1"))
            .extract();
    String reversal = reversed.path("id");
    assertThat(reversed.header("Location")).endsWith(revenue + "/" + reversal);
    Api.as(finance)
        .get(revenue + "/" + id)
        .then()
        .statusCode(200)
        .body("reversedById", equalTo(reversal));
    // once only, and a reversal is not reversed
    Api.as(finance).body("{}").post(revenue + "/" + id + "/reversal").then().statusCode(409);
    Api.as(finance).body("{}").post(revenue + "/" + reversal + "/reversal").then().statusCode(409);
    // the month nets to zero in the rollup every report reads
    assertThat(
            fixtures.text(
                "select amount from pnl_month where account_id = ?1 and month = date '2026-03-01'",
                account))
        .isEqualTo("0.0000");
    // a later date corrects a later month; an earlier one is refused
    String second = postRevenue("2026-03-20", "99.99", "USD");
    Api.as(finance)
        .body("{\"date\": \"2026-03-19\"}")
        .post(revenue + "/" + second + "/reversal")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("date"));
    Api.as(finance)
        .body("{\"date\": \"2026-04-02\"}")
        .post(revenue + "/" + second + "/reversal")
        .then()
        .statusCode(201)
        .body("date", equalTo("2026-04-02"))
        .body("description", equalTo("Reversal of INV-1"));
    // the database itself refuses edits and deletes of posted entries
    assertThatThrownBy(
            () ->
                fixtures.execute(
                    "update pnl_entry set amount = 1 where id = ?1", UUID.fromString(id)))
        .hasStackTraceContaining("never changed or deleted");
    assertThatThrownBy(
            () -> fixtures.execute("delete from pnl_entry where id = ?1", UUID.fromString(id)))
        .hasStackTraceContaining("never changed or deleted");
    // and the API has no route that would
    int patched =
        Api.unchecked(finance.token())
            .body("{\"amount\": {\"amount\": \"1\", \"currency\": \"USD\"}}")
            .patch(revenue + "/" + id)
            .statusCode();
    assertThat(patched).isIn(404, 405);
  }

  @Test
  void listsFilterByDateAndCategoryAndPageWithoutGapsOrRepeats() {
    for (int day = 1; day <= 9; day++) {
      postRevenue("2026-05-0" + day, day + ".00", "USD");
      Api.as(finance)
          .body(
              "{\"date\": \"2026-05-0%d\", \"category\": \"%s\", \"amount\": {\"amount\": \"%d\", \"currency\": \"USD\"}}"
                  .formatted(day, day % 2 == 0 ? "travel" : "staff", day))
          .post(costs)
          .then()
          .statusCode(201);
    }
    List<String> dates =
        Pages.collect(
            () ->
                Api.as(manager)
                    .queryParam("limit", 2)
                    .queryParam("from", "2026-05-03")
                    .queryParam("to", "2026-05-07"),
            revenue,
            "date");
    assertThat(dates)
        .containsExactly("2026-05-07", "2026-05-06", "2026-05-05", "2026-05-04", "2026-05-03");
    List<String> ascending =
        Pages.collect(
            () -> Api.as(manager).queryParam("limit", 4).queryParam("sort", "date"),
            revenue,
            "date");
    assertThat(ascending).hasSize(9).isSorted();
    Api.as(manager)
        .queryParam("category", "travel")
        .get(costs)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(4))
        .body("items.category", org.hamcrest.Matchers.everyItem(equalTo("travel")));
    Api.as(manager).queryParam("category", "snacks").get(costs).then().statusCode(400);
    Api.as(manager).queryParam("from", "May 1").get(revenue).then().statusCode(400);
    Api.as(manager).queryParam("limit", "501").get(revenue).then().statusCode(400);
    Api.as(manager).queryParam("sort", "amount").get(revenue).then().statusCode(400);
  }

  @Test
  void aRetriedPostingIsPostedOnce() {
    String body =
        "{\"date\": \"2026-06-01\", \"amount\": {\"amount\": \"500.00\", \"currency\": \"USD\"}}";
    String key = Fixtures.unique("retry");
    String first =
        Api.as(finance)
            .header("Idempotency-Key", key)
            .body(body)
            .post(revenue)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String second =
        Api.as(finance)
            .header("Idempotency-Key", key)
            .body(body)
            .post(revenue)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(second).isEqualTo(first);
    assertThat(fixtures.count("select count(*) from pnl_entry where account_id = ?1", account))
        .isEqualTo(1);
  }
}
