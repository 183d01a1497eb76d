package io.clientele.forecast;

import static io.clientele.account.AccountFixtures.anAccount;
import static io.clientele.forecast.QuotaFixtures.aQuota;
import static io.clientele.pipeline.DealFixtures.aDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.fx.RateFixtures;
import io.clientele.pipeline.DealFixtures.DealRow;
import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forecast figures against a brute force over random deals in three currencies and a three-level
 * team.
 */
@QuarkusTest
class ForecastDocumentTest {
  static final LocalDate START = LocalDate.of(2035, 1, 1);
  static final LocalDate END = LocalDate.of(2035, 4, 1);
  static final Map<String, BigDecimal> RATES =
      Map.of("EUR", new BigDecimal("1.0931"), "GBP", new BigDecimal("1.2517"));
  static final String[] OPEN_CATEGORIES = {"pipeline", "best_case", "commit", "omitted"};

  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff lead;
  TestStaff m1;
  TestStaff m2;
  TestStaff solo;
  UUID account;

  /** The account of each region, per owner (null: the team's account, which has none). */
  final Map<String, UUID> regionAccounts = new HashMap<>();

  final Map<UUID, String> regionOf = new HashMap<>();

  @BeforeEach
  void teamAndRates() {
    director = fixtures.staff("director");
    lead = fixtures.staff("director", director);
    m1 = fixtures.staff("manager", lead);
    m2 = fixtures.staff("manager", lead);
    solo = fixtures.staff("manager", director);
    account = anAccount().ownedBy(m1).create();
    RateFixtures.rates(RATES, YearMonth.of(2035, 1), YearMonth.of(2035, 12));
  }

  /** A deal of `owner` created in 2034, on an account of `region` (null: the team's account). */
  private DealRow deal(TestStaff owner, String region) {
    UUID on = account;
    if (region != null) {
      on =
          regionAccounts.computeIfAbsent(
              region + owner.id(), k -> anAccount().ownedBy(owner).region(region).create());
    }
    regionOf.put(on, region);
    return aDeal().on(on).ownedBy(owner).createdAt("2034-06-01T00:00:00Z");
  }

  private static void quota(TestStaff staff, String period, String amount, String currency) {
    aQuota().of(staff).period(period).amount(amount, currency).create();
  }

  private String region(DealRow d) {
    return regionOf.get(d.account());
  }

  private List<DealRow> randomDeals() {
    Random random = new Random(2035);
    List<TestStaff> owners = List.of(director, lead, m1, m2, solo);
    String[] currencies = {"USD", "EUR", "GBP"};
    String[] regions = {"EMEA", "APAC", null};
    List<DealRow> deals = new ArrayList<>();
    for (int i = 0; i < 360; i++) {
      int kind = random.nextInt(10);
      String stage = kind < 2 ? "closed_won" : kind < 3 ? "closed_lost" : "proposal";
      String category =
          stage.equals("closed_won")
              ? "closed"
              : stage.equals("closed_lost") ? "omitted" : OPEN_CATEGORIES[random.nextInt(4)];
      int probability =
          stage.equals("closed_won") ? 100 : stage.equals("closed_lost") ? 0 : random.nextInt(101);
      TestStaff owner = owners.get(random.nextInt(owners.size()));
      BigDecimal amount = new BigDecimal(random.nextInt(9_000_000)).movePointLeft(2);
      String currency = currencies[random.nextInt(3)];
      LocalDate close = START.minusDays(15).plusDays(random.nextInt(120));
      DealRow deal =
          deal(owner, regions[random.nextInt(3)])
              .stage(stage)
              .category(category)
              .amount(amount, currency)
              .probability(probability)
              .closing(close);
      deal.create();
      deals.add(deal);
    }
    return deals;
  }

  private static BigDecimal converted(DealRow d) {
    return d.currency().equals("USD") ? d.amount() : d.amount().multiply(RATES.get(d.currency()));
  }

  private static String money(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String ratio(BigDecimal numerator, BigDecimal divisor) {
    return divisor == null || divisor.signum() <= 0
        ? null
        : numerator.divide(divisor, 4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /** The brute force: every figure of one row from the deals it covers. */
  private static void checkRow(
      JsonPath doc, String row, List<DealRow> deals, Predicate<DealRow> in, BigDecimal quota) {
    BigDecimal closedWon = BigDecimal.ZERO;
    BigDecimal commitOpen = BigDecimal.ZERO;
    BigDecimal bestOpen = BigDecimal.ZERO;
    BigDecimal pipeline = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    long[] counts = new long[4];
    for (DealRow d : deals) {
      if (!in.test(d) || d.closeDate().isBefore(START) || !d.closeDate().isBefore(END)) {
        continue;
      }
      BigDecimal amount = converted(d);
      switch (d.category()) {
        case "closed" -> {
          closedWon = closedWon.add(amount);
          counts[3]++;
        }
        case "commit" -> {
          commitOpen = commitOpen.add(amount);
          counts[2]++;
        }
        case "best_case" -> {
          bestOpen = bestOpen.add(amount);
          counts[1]++;
        }
        case "pipeline" -> counts[0]++;
        default -> {}
      }
      if (!d.category().equals("closed") && !d.category().equals("omitted")) {
        pipeline = pipeline.add(amount);
        weighted =
            weighted.add(
                amount
                    .multiply(BigDecimal.valueOf(d.probability()))
                    .divide(BigDecimal.valueOf(100)));
      }
    }
    BigDecimal commit = closedWon.add(commitOpen);
    assertThat(doc.getString(row + ".quota")).as(row + " quota").isEqualTo(money(quota));
    assertThat(doc.getString(row + ".closedWon"))
        .as(row + " closedWon")
        .isEqualTo(money(closedWon));
    assertThat(doc.getString(row + ".commit")).as(row + " commit").isEqualTo(money(commit));
    assertThat(doc.getString(row + ".bestCase"))
        .as(row + " bestCase")
        .isEqualTo(money(commit.add(bestOpen)));
    assertThat(doc.getString(row + ".pipeline")).as(row + " pipeline").isEqualTo(money(pipeline));
    assertThat(doc.getString(row + ".weightedPipeline"))
        .as(row + " weighted")
        .isEqualTo(money(weighted));
    assertThat(doc.getString(row + ".gap"))
        .as(row + " gap")
        .isEqualTo(quota == null ? null : money(quota.subtract(commit)));
    assertThat(
            doc.getString(row + ".attainment") == null
                ? null
                : new BigDecimal(doc.getString(row + ".attainment"))
                    .stripTrailingZeros()
                    .toPlainString())
        .as(row + " attainment")
        .isEqualTo(ratio(closedWon, quota));
    assertThat(
            doc.getString(row + ".coverage") == null
                ? null
                : new BigDecimal(doc.getString(row + ".coverage"))
                    .stripTrailingZeros()
                    .toPlainString())
        .as(row + " coverage")
        .isEqualTo(quota == null ? null : ratio(pipeline, quota.subtract(closedWon)));
    assertThat(
            List.of(
                doc.getLong(row + ".dealCounts.pipeline"),
                doc.getLong(row + ".dealCounts.best_case"),
                doc.getLong(row + ".dealCounts.commit"),
                doc.getLong(row + ".dealCounts.closed")))
        .as(row + " counts")
        .containsExactly(counts[0], counts[1], counts[2], counts[3]);
  }

  @Test
  void everyRowAndTheTotalMatchABruteForce() {
    List<DealRow> deals = randomDeals();
    quota(director, "2035-Q1", "2000000", "USD");
    quota(lead, "2035-Q1", "900000", "EUR");
    quota(solo, "2035-H1", "700000", "USD");
    JsonPath doc =
        Api.as(director)
            .get("/api/v1/forecasts/2035-Q1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(doc.getString("currency")).isEqualTo("USD");
    assertThat(doc.getString("start")).isEqualTo("2035-01-01");
    assertThat(doc.getString("end")).isEqualTo("2035-03-31");
    assertThat(doc.getList("rows.key"))
        .containsExactly(director.idString(), lead.idString(), solo.idString());
    Set<UUID> leadTeam = Set.of(lead.id(), m1.id(), m2.id());
    // the director's own row holds what of the team's quota no report holds
    checkRow(
        doc,
        "rows[0]",
        deals,
        d -> d.owner().equals(director.id()),
        new BigDecimal("2000000").subtract(new BigDecimal("900000").multiply(RATES.get("EUR"))));
    checkRow(
        doc,
        "rows[1]",
        deals,
        d -> leadTeam.contains(d.owner()),
        new BigDecimal("900000").multiply(RATES.get("EUR")));
    // a half quota does not make a quarter's quota
    checkRow(doc, "rows[2]", deals, d -> d.owner().equals(solo.id()), null);
    checkRow(doc, "total", deals, d -> true, new BigDecimal("2000000"));
    assertThat(
            doc.getList("rows.quota", String.class).stream()
                .filter(q -> q != null)
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .as("the rows' quotas add up to the total's")
        .isEqualByComparingTo(doc.getString("total.quota"));

    JsonPath own =
        Api.as(lead)
            .queryParam("scope", "own")
            .get("/api/v1/forecasts/2035-Q1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    checkRow(
        own,
        "total",
        deals,
        d -> d.owner().equals(lead.id()),
        new BigDecimal("900000").multiply(RATES.get("EUR")));

    JsonPath byRegion =
        Api.as(director)
            .queryParam("groupBy", "region")
            .get("/api/v1/forecasts/2035-Q1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(byRegion.getList("rows.key")).containsExactly("APAC", "EMEA", "");
    checkRow(byRegion, "rows[0]", deals, d -> "APAC".equals(region(d)), null);
    checkRow(byRegion, "rows[2]", deals, d -> region(d) == null, null);
    checkRow(byRegion, "total", deals, d -> true, new BigDecimal("2000000"));

    JsonPath byMonth =
        Api.as(director)
            .queryParam("groupBy", "month")
            .get("/api/v1/forecasts/2035-Q1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(byMonth.getList("rows.key")).containsExactly("2035-01", "2035-02", "2035-03");
    checkRow(byMonth, "rows[1]", deals, d -> d.closeDate().getMonthValue() == 2, null);
  }

  @Test
  void aSmallQuarterAddsUpAsWorkedOutByHand() {
    // 2035-Q1 at EUR 1.0931 and GBP 1.2517, against a quota of 8000.00 USD
    quota(m2, "2035-Q1", "8000.00", "USD");
    deal(m2, null).stage("closed_won").amount("2000.00", "USD").closing("2035-01-10").create();
    deal(m2, null)
        .stage("proposal")
        .category("commit")
        .amount("1000.00", "EUR")
        .probability(60)
        .closing("2035-02-01")
        .create();
    deal(m2, null)
        .stage("proposal")
        .category("best_case")
        .amount("500.00", "GBP")
        .probability(40)
        .closing("2035-03-03")
        .create();
    deal(m2, null)
        .stage("qualification")
        .category("pipeline")
        .amount("300.00", "USD")
        .probability(10)
        .closing("2035-03-31")
        .create();
    // out: omitted; closing the day after the quarter
    deal(m2, null)
        .stage("proposal")
        .category("omitted")
        .amount("700.00", "USD")
        .closing("2035-02-15")
        .create();
    deal(m2, null).stage("negotiation").category("commit").closing("2035-04-01").create();

    JsonPath doc =
        Api.as(m2).get("/api/v1/forecasts/2035-Q1").then().statusCode(200).extract().jsonPath();
    // 1000.00 EUR x 1.0931 = 1093.10 (weighted 60 %: 655.86); 500.00 GBP x 1.2517 = 625.85 (40 %:
    // 250.34); 300.00 USD (10 %: 30.00)
    assertThat(doc.getString("total.quota")).isEqualTo("8000.00");
    assertThat(doc.getString("total.closedWon")).isEqualTo("2000.00");
    // commit: 2000.00 + 1093.10 = 3093.10; best case: 3093.10 + 625.85 = 3718.95
    assertThat(doc.getString("total.commit")).isEqualTo("3093.10");
    assertThat(doc.getString("total.bestCase")).isEqualTo("3718.95");
    // open pipeline: 1093.10 + 625.85 + 300.00 = 2018.95; weighted 655.86 + 250.34 + 30.00 = 936.20
    assertThat(doc.getString("total.pipeline")).isEqualTo("2018.95");
    assertThat(doc.getString("total.weightedPipeline")).isEqualTo("936.20");
    // gap: 8000.00 - 3093.10 = 4906.90; attainment 2000 / 8000 = 0.25;
    // coverage 2018.95 / (8000.00 - 2000.00) = 0.336491... = 0.3365
    assertThat(doc.getString("total.gap")).isEqualTo("4906.90");
    assertThat(new BigDecimal(doc.getString("total.attainment")))
        .isEqualByComparingTo(new BigDecimal("0.25"));
    assertThat(new BigDecimal(doc.getString("total.coverage")))
        .isEqualByComparingTo(new BigDecimal("0.3365"));
    assertThat(
            List.of(
                doc.getLong("total.dealCounts.pipeline"),
                doc.getLong("total.dealCounts.best_case"),
                doc.getLong("total.dealCounts.commit"),
                doc.getLong("total.dealCounts.closed")))
        .containsExactly(1L, 1L, 1L, 1L);
  }

  @Test
  void quartersAndHalvesRollUpToTheYearUnlessTheYearHasItsOwn() {
    quota(m1, "2035-Q1", "100", "USD");
    quota(m1, "2035-Q2", "200", "USD");
    quota(m1, "2035-H2", "1000", "USD");
    quota(m2, "2035-Q3", "50", "USD");
    quota(m2, "2035", "5000", "USD");
    Api.as(lead)
        .queryParam("staffId", m1.idString())
        .get("/api/v1/forecasts/2035")
        .then()
        .statusCode(200)
        .body("total.quota", equalTo("1300.00"));
    Api.as(lead)
        .queryParam("staffId", m1.idString())
        .get("/api/v1/forecasts/2035-H1")
        .then()
        .body("total.quota", equalTo("300.00"));
    Api.as(lead)
        .queryParam("staffId", m2.idString())
        .get("/api/v1/forecasts/2035")
        .then()
        .body("total.quota", equalTo("5000.00"));
    Api.as(lead)
        .queryParam("staffId", m2.idString())
        .get("/api/v1/forecasts/2035-Q4")
        .then()
        .body("total.quota", equalTo(null));
    // a team without a quota of its own adds up its members', whatever the rows are
    // ...and then no part of it is left to the lead's own row: 6300 = 0 + 1300 + 5000
    Api.as(lead)
        .get("/api/v1/forecasts/2035")
        .then()
        .body("total.quota", equalTo("6300.00"))
        .body("rows[0].quota", equalTo("0.00"))
        .body("rows.quota", containsInAnyOrder("0.00", "1300.00", "5000.00"));
    Api.as(lead)
        .queryParam("groupBy", "month")
        .get("/api/v1/forecasts/2035")
        .then()
        .body("total.quota", equalTo("6300.00"));
  }

  @Test
  void aMissingRateIs422AndTheCsvHasTheRowsAndTheTotal() {
    deal(solo, null)
        .stage("proposal")
        .category("commit")
        .amount("10", "CHF")
        .probability(50)
        .closing("2035-02-03")
        .create();
    Api.as(solo)
        .get("/api/v1/forecasts/2035-Q1")
        .then()
        .statusCode(422)
        .body("detail", containsString("CHF 2035-02"));
    deal(m2, null)
        .stage("proposal")
        .category("commit")
        .amount("10.00", "USD")
        .probability(50)
        .closing("2035-02-03")
        .create();
    String csv =
        Api.as(m2)
            .accept("text/csv")
            .get("/api/v1/forecasts/2035-Q1")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().toList())
        .hasSize(3)
        .first()
        .isEqualTo(
            "period,currency,key,name,quota,closedWon,commit,bestCase,pipeline,weightedPipeline,gap,attainment,coverage,pipelineCount,bestCaseCount,commitCount,closedCount");
    assertThat(csv).contains("2035-Q1,USD,total,Total,,0.00,10.00,10.00,10.00,5.00,,,,0,0,1,0");
  }

  @Test
  void onlyVisibleStaffAndGoodParameters() {
    Api.as(m1)
        .queryParam("staffId", m2.idString())
        .get("/api/v1/forecasts/2035-Q1")
        .then()
        .statusCode(404);
    Api.as(fixtures.staff("finance"))
        .queryParam("staffId", m2.idString())
        .get("/api/v1/forecasts/2035-Q1")
        .then()
        .statusCode(200);
    Api.as(m1)
        .get("/api/v1/forecasts/2035-Q5")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    Api.as(m1)
        .queryParam("groupBy", "planet")
        .get("/api/v1/forecasts/2035-Q1")
        .then()
        .statusCode(400);
    Api.as(m1).queryParam("scope", "world").get("/api/v1/forecasts/2035-Q1").then().statusCode(400);
  }
}
