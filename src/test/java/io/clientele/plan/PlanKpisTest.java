package io.clientele.plan;

import static io.clientele.pipeline.DealFixtures.aDeal;
import static io.clientele.plan.PlanFixtures.aPlan;
import static io.clientele.plan.PlanFixtures.computedKpi;
import static io.clientele.plan.PlanFixtures.manualKpi;
import static io.clientele.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.clientele.fx.RateFixtures;
import io.clientele.pnl.PnlFixtures;
import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The KPIs that fill themselves, worked out by hand: revenue against the account's P&L, won against
 * the pipeline summary, both in the reporting currency (USD) from EUR and GBP. Fiscal 2019 and its
 * EUR/GBP rates are this class's alone (no other test uses 2019), SEK has no rate in April 2019
 * until a test gives it one.
 */
@QuarkusTest
class PlanKpisTest {
  static final Map<YearMonth, Map<String, BigDecimal>> RATES =
      Map.of(
          YearMonth.of(2019, 2), Map.of("EUR", new BigDecimal("1.2")),
          YearMonth.of(2019, 3), Map.of("EUR", new BigDecimal("1.1")),
          YearMonth.of(2019, 7), Map.of("GBP", new BigDecimal("1.25")));

  @Inject Fixtures fixtures;
  TestStaff finance;
  TestStaff director;
  TestStaff manager;
  UUID account;

  @BeforeEach
  void world() {
    RATES.forEach(
        (month, rates) ->
            rates.forEach(
                (currency, rate) -> {
                  RateFixtures.rate(currency, month, rate);
                  assertThat(RateFixtures.rateOf(currency, month)).isEqualByComparingTo(rate);
                }));
    finance = fixtures.staff("finance");
    director = fixtures.staff("director");
    manager = fixtures.staff("manager", director);
    account = fixtures.account(Fixtures.unique("Measured"), manager);
  }

  private void revenue(UUID on, String date, String amount, String currency) {
    PnlFixtures.revenue().on(on).dated(date).amount(amount, currency).post(finance);
  }

  private JsonPath read(UUID on, String id) {
    return Api.as(manager).get(plan(on, id)).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void theRevenueKpiIsTheAccountsPnlRevenueOfTheYear() {
    revenue(account, "2019-03-10", "1000.00", "EUR");
    revenue(account, "2019-03-20", "250.55", "EUR");
    revenue(account, "2019-07-05", "2000.00", "GBP");
    revenue(account, "2019-11-30", "999.99", "USD");
    revenue(account, "2018-12-31", "500.00", "USD"); // fiscal 2018
    revenue(account, "2020-01-01", "700.00", "USD"); // fiscal 2020
    PnlFixtures.cost("media").on(account).dated("2019-05-02").amount("10.00", "USD").post(finance);
    String id =
        aPlan()
            .on(account)
            .year(2019)
            .kpi(computedKpi("Revenue", "revenue", "10000.00"))
            .kpi(manualKpi("Workshops", "number", "4", "3", "higher"))
            .create(manager);
    // March's EUR cell: 1250.55 x 1.1 = 1375.605, half-even 1375.60; July 2000.00 x 1.25 = 2500.00;
    // November 999.99 USD. 1375.60 + 2500.00 + 999.99 = 4875.59; 4875.59 / 10000 = 0.4876
    JsonPath plan = read(account, id);
    assertThat(plan.getString("kpis[0].actual")).isEqualTo("4875.59");
    assertThat(plan.getFloat("kpis[0].progress")).isEqualTo(0.4876f);
    assertThat(plan.getList("kpis[0].missingRates")).isEmpty();
    assertThat(plan.getString("kpis[1].actual")).isEqualTo("3");
    String pnlRevenue =
        Api.as(manager)
            .queryParam("from", "2019-01")
            .queryParam("to", "2019-12")
            .queryParam("granularity", "year")
            .get("/api/v1/accounts/" + account + "/pnl")
            .then()
            .statusCode(200)
            .extract()
            .path("total.revenue");
    assertThat(plan.getString("kpis[0].actual")).isEqualTo(pnlRevenue);
    // a cost without a rate stops the P&L, not the revenue KPI
    PnlFixtures.cost("travel").on(account).dated("2019-06-02").amount("10.00", "CHF").post(finance);
    assertThat(read(account, id).getString("kpis[0].actual")).isEqualTo("4875.59");
  }

  @Test
  void theRevenueKpiCountsTheYearSoFar() {
    revenue(account, "2099-02-01", "100.00", "USD");
    String id =
        aPlan()
            .on(account)
            .year(2099)
            .kpi(computedKpi("Revenue", "revenue", "500"))
            .create(manager);
    // the P&L has February 2099's revenue; the plan's year has not reached it yet
    Api.as(manager)
        .queryParam("from", "2099-01")
        .queryParam("to", "2099-12")
        .get("/api/v1/accounts/" + account + "/pnl")
        .then()
        .statusCode(200)
        .body("total.revenue", equalTo("100.00"));
    JsonPath plan = read(account, id);
    assertThat(plan.getString("kpis[0].actual")).isEqualTo("0.00");
    assertThat(plan.getFloat("kpis[0].progress")).isZero();
    assertThat(plan.getString("kpis[0].target")).isEqualTo("500.00");
  }

  @Test
  void theWonKpiIsTheClosedWonAmountOfTheAccountsDealsOfTheYear() {
    UUID elsewhere = fixtures.account(Fixtures.unique("Elsewhere"), fixtures.staff("manager"));
    aDeal().on(account).stage("closed_won").amount("1000.00", "EUR").closing("2019-02-15").create();
    aDeal().on(account).stage("closed_won").amount("333.33", "GBP").closing("2019-07-20").create();
    aDeal().on(account).stage("closed_won").amount("100.00", "USD").closing("2019-12-31").create();
    // not counted: other years, not won, deleted, another account
    aDeal().on(account).stage("closed_won").amount("5000.00", "USD").closing("2018-12-31").create();
    aDeal().on(account).stage("closed_won").amount("7000.00", "USD").closing("2020-01-01").create();
    aDeal()
        .on(account)
        .stage("closed_lost")
        .amount("9999.00", "USD")
        .closing("2019-05-10")
        .create();
    aDeal()
        .on(account)
        .stage("negotiation")
        .amount("8888.00", "USD")
        .closing("2019-06-10")
        .create();
    aDeal()
        .on(account)
        .stage("closed_won")
        .amount("4444.00", "USD")
        .closing("2019-08-01")
        .deleted(true)
        .create();
    aDeal()
        .on(elsewhere)
        .stage("closed_won")
        .amount("3333.00", "USD")
        .closing("2019-04-01")
        .create();
    String id =
        aPlan().on(account).year(2019).kpi(computedKpi("Won", "won", "2000.00")).create(manager);
    // 1000.00 x 1.2 = 1200.00; 333.33 x 1.25 = 416.6625; 100.00: 1716.6625, half-even 1716.66;
    // 1716.66 / 2000 = 0.85833 = 0.8583
    JsonPath plan = read(account, id);
    assertThat(plan.getString("kpis[0].actual")).isEqualTo("1716.66");
    assertThat(plan.getFloat("kpis[0].progress")).isEqualTo(0.8583f);
    // the pipeline summary of the account's owner (whose only deals these are) agrees
    Api.as(manager)
        .queryParam("period", "2019")
        .queryParam("staffId", manager.idString())
        .queryParam("scope", "own")
        .get("/api/v1/pipeline/summary")
        .then()
        .statusCode(200)
        .body("wonAmount", equalTo("1716.66"));
  }

  @Test
  void aMissingRateLeavesTheActualNullNamesItAndStopsTheClose() {
    revenue(account, "2019-04-15", "100.00", "SEK");
    aDeal().on(account).stage("closed_won").amount("50.00", "SEK").closing("2019-04-20").create();
    String id =
        aPlan()
            .on(account)
            .year(2019)
            .kpi(computedKpi("Revenue", "revenue", "100.00"))
            .kpi(computedKpi("Won", "won", "100.00"))
            .kpi(manualKpi("Workshops", "number", "4", "2", "higher"))
            .create(manager);
    Api.as(manager)
        .get(plan(account, id))
        .then()
        .statusCode(200)
        .body("kpis[0].actual", nullValue())
        .body("kpis[0].progress", nullValue())
        .body("kpis[0].missingRates", contains("SEK 2019-04"))
        .body("kpis[1].actual", nullValue())
        .body("kpis[1].missingRates", contains("SEK 2019-04"))
        .body("kpis[2].actual", equalTo("2"))
        .body("kpis[2].missingRates", empty());
    PlanFixtures.move(director, account, id, "activate");
    Api.as(director)
        .post(plan(account, id) + "/close")
        .then()
        .statusCode(422)
        .body("detail", containsString("SEK 2019-04"))
        .body("errors.field", contains("exchangeRate"));
    Api.as(manager).get(plan(account, id)).then().body("status", equalTo("active"));

    RateFixtures.rate("SEK", YearMonth.of(2019, 4), new BigDecimal("0.1"));
    // revenue 100.00 SEK x 0.1 = 10.00; won 50.00 SEK x 0.1 = 5.00
    PlanFixtures.move(director, account, id, "close");
    revenue(account, "2019-04-16", "1000.00", "SEK");
    aDeal().on(account).stage("closed_won").amount("70.00", "USD").closing("2019-09-01").create();
    // closed, the plan keeps the figures it closed with
    Api.as(manager)
        .get(plan(account, id))
        .then()
        .body("status", equalTo("closed"))
        .body("kpis.actual", contains("10.00", "5.00", "2"))
        .body("kpis.progress", contains(0.1f, 0.05f, 0.5f));
    assertThat(
            fixtures.text(
                "select string_agg(actual::text, ',' order by position) from plan_kpi where plan_id = ?1",
                UUID.fromString(id)))
        .isEqualTo("10.00,5.00,2");
  }
}
