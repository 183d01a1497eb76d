package io.clientele.pnl;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.fx.RateFixtures;
import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The money rule worked out by hand: a cell (an account's month, category and currency) converts at
 * its month's rate and rounds half-even to cents, in the account P&L (month cells), the company P&L
 * of a whole year (the yearly rollup) and the database's pnl_convert alike.
 */
@QuarkusTest
class PnlMoneyRuleTest {
  @Inject Fixtures fixtures;

  @Test
  void reportsRoundEachConvertedCellHalfEvenAsTheFunctionDoes() {
    TestStaff finance = fixtures.staff("finance");
    UUID account = fixtures.account(Fixtures.unique("Half-even"), fixtures.staff("manager"));
    RateFixtures.rate("DKK", YearMonth.of(2077, 1), new BigDecimal("0.5"));
    RateFixtures.rate("DKK", YearMonth.of(2077, 2), new BigDecimal("0.5"));
    RateFixtures.rate("DKK", YearMonth.of(2077, 3), new BigDecimal("1.5"));
    // January: 2000.01 x 0.5 = 1000.005, a tie: to the even cent 1000.00 (half-up says 1000.01);
    // plus 10.00 USD, the reporting currency, at 1
    post(finance, account, "revenue", "2077-01-10", "2000.01", "DKK");
    post(finance, account, "revenue", "2077-01-11", "10.00", "USD");
    // February: 2000.03 x 0.5 = 1000.015, up to the even 1000.02; staff 2000.05 x 0.5 = 1000.025,
    // down to the even 1000.02 (half-up says 1000.03)
    post(finance, account, "revenue", "2077-02-10", "2000.03", "DKK");
    post(finance, account, "costs", "2077-02-10", "2000.05", "DKK");
    // March: the cell, not each entry, converts: (500.01 + 500.01) x 1.5 = 1500.03 exactly (each
    // entry on its own would give 750.015 -> 750.02, twice: 1500.04)
    post(finance, account, "revenue", "2077-03-10", "500.01", "DKK");
    post(finance, account, "revenue", "2077-03-20", "500.01", "DKK");

    assertThat(fixtures.text("select pnl_convert(2000.01, 'DKK', 0.5, 'USD', 2)::text"))
        .isEqualTo("1000.00");
    assertThat(fixtures.text("select pnl_convert(2000.05, 'DKK', 0.5, 'USD', 2)::text"))
        .isEqualTo("1000.02");
    assertThat(fixtures.text("select pnl_convert(10, 'USD', null, 'USD', 2)::text"))
        .isEqualTo("10.00");
    assertThat(fixtures.text("select (pnl_convert(10, 'DKK', null, 'USD', 2) is null)::text"))
        .isEqualTo("true");

    JsonPath months =
        Api.as(finance)
            .queryParam("from", "2077-01")
            .queryParam("to", "2077-03")
            .get("/api/v1/accounts/" + account + "/pnl")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(months.getList("rows.revenue", String.class))
        .containsExactly("1010.00", "1000.02", "1500.03");
    assertThat(months.getList("rows.costs.staff", String.class))
        .containsExactly("0.00", "1000.02", "0.00");
    assertThat(months.getString("total.revenue")).isEqualTo("3510.05");

    // a whole year of the company P&L is read from the yearly rollup: the same figures
    JsonPath year =
        Api.as(finance)
            .queryParam("from", "2077-01")
            .queryParam("to", "2077-12")
            .queryParam("groupBy", "account")
            .get("/api/v1/pnl")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String row = "rows.find { it.key == '" + account + "' }";
    assertThat(year.getString(row + ".revenue")).isEqualTo("3510.05");
    assertThat(year.getString(row + ".costs.staff")).isEqualTo("1000.02");
    assertThat(
            fixtures.text(
                """
                select sum(converted)::text from pnl_year
                where account_id = ?1 and year = 2077 and not budget and category = 'revenue'
                """,
                account))
        .isEqualTo("3510.0500");
  }

  private static void post(
      TestStaff finance, UUID account, String ledger, String date, String amount, String currency) {
    String category = ledger.equals("costs") ? ", \"category\": \"staff\"" : "";
    Api.as(finance)
        .body(
            "{\"date\": \"%s\", \"amount\": {\"amount\": \"%s\", \"currency\": \"%s\"}%s}"
                .formatted(date, amount, currency, category))
        .post("/api/v1/accounts/" + account + "/" + ledger)
        .then()
        .statusCode(201);
  }
}
