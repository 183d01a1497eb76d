package io.clientele.pnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.clientele.account.AccountFixtures;
import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvoiceResourceTest {
  static final String INVOICES = "/api/v1/invoices";

  @Inject Fixtures fixtures;
  TestStaff finance;
  TestStaff director;
  TestStaff manager;
  UUID account;

  @BeforeEach
  void world() {
    finance = fixtures.staff("finance");
    director = fixtures.staff("director");
    manager = fixtures.staff("manager", director);
    account = fixtures.account(Fixtures.unique("Billed"), manager);
  }

  private String body(String number, String amount) {
    return """
        {"number": "%s", "accountId": "%s", "issueDate": "2026-01-15", "dueDate": "2026-02-14",
         "amount": {"amount": "%s", "currency": "EUR"}, "description": "January retainer"}
        """
        .formatted(number, account, amount);
  }

  private String draft(String amount) {
    return Api.as(finance)
        .body(body(Fixtures.unique("INV"), amount))
        .post(INVOICES)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private String issued(String amount) {
    String id = draft(amount);
    Api.as(finance).post(INVOICES + "/" + id + "/issue").then().statusCode(200);
    return id;
  }

  private int pay(String id, String amount, String date) {
    return Api.as(finance)
        .body(
            "{\"date\": \"%s\", \"amount\": {\"amount\": \"%s\", \"currency\": \"EUR\"}}"
                .formatted(date, amount))
        .post(INVOICES + "/" + id + "/payments")
        .statusCode();
  }

  @Test
  void aDraftChangesFreelyAndIsFrozenOnceIssued() {
    String number = Fixtures.unique("INV");
    var created =
        Api.as(finance)
            .body(body(number, "1000.00"))
            .post(INVOICES)
            .then()
            .statusCode(201)
            .body("status", equalTo("draft"))
            .body("allowedTransitions", equalTo(List.of("issued", "void")))
            .body("outstanding.amount", equalTo("1000.00"))
            .body("paid.amount", equalTo("0.00"))
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith(INVOICES + "/" + id);
    Api.as(finance).body(body(number, "5.00")).post(INVOICES).then().statusCode(409);
    Api.as(finance)
        .header("If-Match", "\"0\"")
        .body("{\"amount\": {\"amount\": \"1200.00\", \"currency\": \"EUR\"}}")
        .patch(INVOICES + "/" + id)
        .then()
        .statusCode(200)
        .body("amount.amount", equalTo("1200.00"))
        .body("version", equalTo(1));
    Api.as(finance)
        .post(INVOICES + "/" + id + "/issue")
        .then()
        .statusCode(200)
        .body("status", equalTo("issued"));
    Api.as(finance)
        .body("{\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}")
        .patch(INVOICES + "/" + id)
        .then()
        .statusCode(409)
        .body("detail", containsString("immutable once issued"));
    Api.as(finance).delete(INVOICES + "/" + id).then().statusCode(409);
    String other = draft("10.00");
    Api.as(finance).delete(INVOICES + "/" + other).then().statusCode(204);
    Api.as(finance).get(INVOICES + "/" + other).then().statusCode(404);
  }

  @Test
  void badInvoicesAreRefused() {
    record Bad(String body, int status, String field) {}
    String number = Fixtures.unique("INV");
    for (Bad b :
        List.of(
            new Bad(body(number, "0.00"), 422, "amount.amount"),
            new Bad(body(number, "-3.00"), 422, "amount.amount"),
            new Bad(body(number, "1.005"), 422, "amount"),
            new Bad(body(number, "10").replace("\"2026-02-14\"", "\"2026-01-14\""), 422, "dueDate"),
            new Bad(
                body(number, "10").replace(account.toString(), UUID.randomUUID().toString()),
                422,
                "accountId"),
            new Bad(
                body(number, "10").replace("\"number\": \"" + number + "\",", ""), 422, "number"),
            new Bad(body(number, "10").replace("2026-01-15", "15/01/2026"), 422, "issueDate"),
            new Bad("{\"number\": ", 400, null))) {
      var response = Api.as(finance).body(b.body()).post(INVOICES);
      assertThat(response.statusCode()).as(b.body()).isEqualTo(b.status());
      if (b.field() != null) {
        assertThat(response.jsonPath().getList("errors.field", String.class))
            .as(b.body())
            .contains(b.field());
      }
    }
    assertThat(fixtures.count("select count(*) from invoice where account_id = ?1", account))
        .isZero();
  }

  @Test
  void everyTransitionIsAllowedOrRefusedNamingTheAllowedOnes() {
    // draft: issue and void allowed, write-off refused
    String draft = draft("100.00");
    Api.as(finance)
        .body("{}")
        .post(INVOICES + "/" + draft + "/write-off")
        .then()
        .statusCode(409)
        .body("detail", containsString("allowed from draft: issued, void"));
    Api.as(finance)
        .body("{}")
        .post(INVOICES + "/" + draft + "/void")
        .then()
        .statusCode(200)
        .body("status", equalTo("void"));
    // void is final
    for (String move : List.of("issue", "void", "write-off")) {
      Api.as(finance)
          .body("{}")
          .post(INVOICES + "/" + draft + "/" + move)
          .then()
          .statusCode(409)
          .body("detail", containsString("none: void is final"));
    }
    assertThat(pay(draft, "1.00", "2026-02-01")).isEqualTo(409);

    // issued: issue again refused; void without payments allowed; with payments refused
    String issued = issued("100.00");
    Api.as(finance)
        .post(INVOICES + "/" + issued + "/issue")
        .then()
        .statusCode(409)
        .body("detail", containsString("allowed from issued: paid, void, written_off"));
    Api.as(finance)
        .body("{\"date\": \"2026-03-01\", \"note\": \"raised in error\"}")
        .post(INVOICES + "/" + issued + "/void")
        .then()
        .statusCode(200)
        .body("closedOn", equalTo("2026-03-01"))
        .body("closingNote", equalTo("raised in error"))
        .body("outstanding.amount", equalTo("0.00"))
        .body("allowedTransitions.size()", equalTo(0));
    String partlyPaid = issued("100.00");
    assertThat(pay(partlyPaid, "40.00", "2026-02-01")).isEqualTo(201);
    Api.as(finance)
        .body("{}")
        .post(INVOICES + "/" + partlyPaid + "/void")
        .then()
        .statusCode(409)
        .body("detail", containsString("write off"));
    Api.as(finance)
        .body("{\"date\": \"2026-06-30\", \"note\": \"client in administration\"}")
        .post(INVOICES + "/" + partlyPaid + "/write-off")
        .then()
        .statusCode(200)
        .body("status", equalTo("written_off"))
        .body("paid.amount", equalTo("40.00"))
        .body("outstanding.amount", equalTo("0.00"));
    assertThat(pay(partlyPaid, "1.00", "2026-07-01")).isEqualTo(409);
    Api.as(finance).body("{}").post(INVOICES + "/" + partlyPaid + "/void").then().statusCode(409);

    // a closing date before the issue date or in the future is refused
    String another = issued("100.00");
    Api.as(finance)
        .body("{\"date\": \"2026-01-01\"}")
        .post(INVOICES + "/" + another + "/write-off")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("date"));
    Api.as(finance)
        .body("{\"date\": \"2099-01-01\"}")
        .post(INVOICES + "/" + another + "/write-off")
        .then()
        .statusCode(422);
    Api.as(finance)
        .body("{\"date\": \"2026-01-01\"}")
        .post(INVOICES + "/" + another + "/void")
        .then()
        .statusCode(422);
  }

  @Test
  void paymentsSettleAnInvoiceAndNeverOverpayIt() {
    String id = issued("1000.00");
    assertThat(pay(id, "250.00", "2026-02-01")).isEqualTo(201);
    Api.as(finance)
        .get(INVOICES + "/" + id)
        .then()
        .body("status", equalTo("issued"))
        .body("paid.amount", equalTo("250.00"))
        .body("outstanding.amount", equalTo("750.00"))
        .body("payments.size()", equalTo(1));
    Api.as(finance)
        .body(
            "{\"date\": \"2026-02-02\", \"amount\": {\"amount\": \"750.01\", \"currency\": \"EUR\"}}")
        .post(INVOICES + "/" + id + "/payments")
        .then()
        .statusCode(422)
        .body("errors.message", hasItem("overpayment: 750 EUR is outstanding"));
    Api.as(finance)
        .body(
            "{\"date\": \"2026-02-02\", \"amount\": {\"amount\": \"10.00\", \"currency\": \"USD\"}}")
        .post(INVOICES + "/" + id + "/payments")
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("amount.currency"));
    assertThat(pay(id, "10.00", "2026-01-14")).isEqualTo(422);
    assertThat(pay(id, "10.00", "2099-01-14")).isEqualTo(422);
    assertThat(pay(id, "0.00", "2026-02-02")).isEqualTo(422);
    // settled by a payment dated before the previous one: closedOn is the latest payment day
    assertThat(pay(id, "700.00", "2026-03-10")).isEqualTo(201);
    var paid =
        Api.as(finance)
            .body(
                "{\"date\": \"2026-03-05\", \"amount\": {\"amount\": \"50.00\", \"currency\": \"EUR\"}, \"reference\": \"BANK-1\"}")
            .post(INVOICES + "/" + id + "/payments")
            .then()
            .statusCode(201)
            .body("status", equalTo("paid"))
            .body("closedOn", equalTo("2026-03-10"))
            .body("outstanding.amount", equalTo("0.00"))
            .body("payments.date", equalTo(List.of("2026-02-01", "2026-03-05", "2026-03-10")))
            .body("allowedTransitions.size()", equalTo(0))
            .extract();
    assertThat(paid.header("Location")).endsWith(INVOICES + "/" + id);
    assertThat(pay(id, "0.01", "2026-03-11")).isEqualTo(409);
    Api.as(finance)
        .body("{}")
        .post(INVOICES + "/" + id + "/write-off")
        .then()
        .statusCode(409)
        .body("detail", containsString("none: paid is final"));
  }

  @Test
  void concurrentPaymentsCannotOverpay() throws Exception {
    String id = issued("100.00");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<Integer>> payers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        payers.add(() -> pay(id, "40.00", "2026-02-01"));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(payers)) {
        statuses.add(f.get());
      }
      assertThat(statuses.stream().filter(s -> s == 201)).hasSize(2);
      assertThat(statuses).allMatch(s -> s == 201 || s == 422);
    } finally {
      pool.shutdown();
    }
    assertThat(fixtures.text("select paid_amount from invoice where id = ?1", UUID.fromString(id)))
        .isEqualTo("80.0000");
    assertThat(
            fixtures.count(
                "select count(*) from invoice_payment where invoice_id = ?1", UUID.fromString(id)))
        .isEqualTo(2);
  }

  @Test
  void readersSeeTheirAccountsInvoicesAndOnlyFinanceOrAdminsWrite() {
    String id = issued("10.00");
    Api.as(manager).get(INVOICES + "/" + id).then().statusCode(200);
    Api.as(director).get(INVOICES).then().statusCode(200).body("items.id", hasItem(id));
    TestStaff outsider = fixtures.staff("director");
    Api.as(outsider).get(INVOICES + "/" + id).then().statusCode(404);
    Api.as(outsider).get(INVOICES).then().statusCode(200).body("items.id", not(hasItem(id)));
    Api.as(outsider).post(INVOICES + "/" + id + "/issue").then().statusCode(403);
    for (TestStaff writer : List.of(manager, director, fixtures.staff("executive"))) {
      Api.as(writer).body(body(Fixtures.unique("INV"), "1")).post(INVOICES).then().statusCode(403);
      assertThat(pay(id, "1.00", "2026-02-01")).isEqualTo(201); // finance can
      Api.as(writer)
          .body(
              "{\"date\": \"2026-02-01\", \"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}")
          .post(INVOICES + "/" + id + "/payments")
          .then()
          .statusCode(403);
    }
    Api.as(finance)
        .queryParam("accountId", account.toString())
        .queryParam("status", "issued,paid")
        .get(INVOICES)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(id)));
    Api.as(finance)
        .queryParam("accountId", account.toString())
        .queryParam("status", "issued")
        .queryParam("status", "paid")
        .get(INVOICES)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(id)));
    Api.as(finance)
        .queryParam("accountId", account.toString())
        .queryParam("status", "paid", "void")
        .get(INVOICES)
        .then()
        .statusCode(200)
        .body("items", empty());
    Api.as(finance).queryParam("status", "lost").get(INVOICES).then().statusCode(400);
    Api.as(finance).queryParam("dueBefore", "soon").get(INVOICES).then().statusCode(400);
  }

  @Test
  void aDebtOutlivesItsDeletedAccount() {
    String id = issued("10.00");
    AccountFixtures.softDelete(account);
    Api.as(finance).get(INVOICES + "/" + id).then().statusCode(200);
    Api.as(manager).get(INVOICES + "/" + id).then().statusCode(200);
    assertThat(pay(id, "10.00", "2026-02-01")).isEqualTo(201);
    Api.as(fixtures.staff("director")).get(INVOICES + "/" + id).then().statusCode(404);
    // but no new invoice is drafted for it
    Api.as(finance)
        .body(body(Fixtures.unique("INV"), "1.00"))
        .post(INVOICES)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("accountId"));
  }
}
