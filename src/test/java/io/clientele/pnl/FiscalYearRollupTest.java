package io.clientele.pnl;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.fx.RateFixtures;
import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With fiscal years starting in April, the yearly rollup holds fiscal years, and a company P&L of a
 * fiscal year (read from it) equals the same months read cell by cell.
 */
@QuarkusTest
@TestProfile(FiscalYearRollupTest.AprilYears.class)
class FiscalYearRollupTest {
  public static class AprilYears implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("clientele.fiscal.year-start-month", "4");
    }
  }

  @Inject Fixtures fixtures;

  @Test
  void aFiscalYearFromTheRollupEqualsItsMonths() {
    TestStaff finance = fixtures.staff("finance");
    UUID account = fixtures.account(Fixtures.unique("April"), fixtures.staff("manager"));
    for (YearMonth month = YearMonth.of(2046, 2);
        !month.isAfter(YearMonth.of(2047, 5));
        month = month.plusMonths(1)) {
      RateFixtures.rate(
          "EUR",
          month,
          new java.math.BigDecimal("1.1")
              .add(new java.math.BigDecimal(month.getMonthValue()).movePointLeft(3)));
      PnlFixtures.revenue()
          .on(account)
          .dated(month.atDay(10))
          .amount((1000 + month.getMonthValue()) + ".37", "EUR")
          .post(finance);
    }
    // March 2046 belongs to fiscal 2045, April 2046 to March 2047 to fiscal 2046
    assertThat(
            fixtures.text(
                "select string_agg(year::text, ',' order by year) from pnl_year where account_id = ?1",
                account))
        .isEqualTo("2045,2046,2047");
    JsonPath company =
        Api.as(finance)
            .queryParam("from", "2046-04")
            .queryParam("to", "2047-03")
            .queryParam("groupBy", "account")
            .get("/api/v1/pnl")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    JsonPath byMonth =
        Api.as(finance)
            .queryParam("from", "2046-04")
            .queryParam("to", "2047-03")
            .queryParam("granularity", "year")
            .get("/api/v1/accounts/" + account + "/pnl")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(byMonth.getList("rows.period", String.class)).containsExactly("2046");
    assertThat(company.getString("total.revenue")).isEqualTo(byMonth.getString("total.revenue"));
    // a range around the fiscal year: the year from the rollup plus the months on either side
    JsonPath wider =
        Api.as(finance)
            .queryParam("from", "2046-02")
            .queryParam("to", "2047-05")
            .queryParam("groupBy", "region")
            .get("/api/v1/pnl")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    JsonPath widerByMonth =
        Api.as(finance)
            .queryParam("from", "2046-02")
            .queryParam("to", "2047-05")
            .get("/api/v1/accounts/" + account + "/pnl")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(wider.getString("total.revenue")).isEqualTo(widerByMonth.getString("total.revenue"));
    assertThat(widerByMonth.getList("rows")).hasSize(16);
  }
}
