package io.clientele.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

  record Deal(
      UUID owner,
      String stage,
      String category,
      BigDecimal amount,
      String currency,
      int probability,
      LocalDate close,
      String region) {}

  @BeforeEach
  void teamAndRates() {
    director = fixtures.staff("director");
    lead = fixtures.staff("director", director);
    m1 = fixtures.staff("manager", lead);
    m2 = fixtures.staff("manager", lead);
    solo = fixtures.staff("manager", director);
    account = fixtures.account(Fixtures.unique("Forecast"), m1);
    for (int month = 1; month <= 12; month++) {
      for (var rate : RATES.entrySet()) {
        fixtures.rate(rate.getKey(), LocalDate.of(2035, month, 1), rate.getValue());
      }
    }
  }

  private void insert(Deal d) {
    UUID accountId = account;
    if (d.region() != null) {
      accountId = UUID.randomUUID();
      fixtures.execute(
          "insert into account (id, name, tier, status, region, owner_id, created_at, updated_at) values (?1, 'r', 'B', 'active', ?2, ?3, now(), now())",
          accountId,
          d.region(),
          d.owner());
    }
    fixtures.deal(
        accountId,
        d.owner(),
        d.stage(),
        d.category(),
        d.amount(),
        d.currency(),
        d.probability(),
        d.close(),
        Instant.parse("2034-06-01T00:00:00Z"));
  }

  private void quota(TestStaff staff, String period, String amount, String currency) {
    Api.as(fixtures.staff("admin"))
        .body(
            "{\"staffId\": \"%s\", \"period\": \"%s\", \"amount\": {\"amount\": \"%s\", \"currency\": \"%s\"}}"
                .formatted(staff.id(), period, amount, currency))
        .post("/api/v1/quotas")
        .then()
        .statusCode(201);
  }

  private List<Deal> randomDeals() {
    Random random = new Random(2035);
    List<TestStaff> owners = List.of(director, lead, m1, m2, solo);
    String[] currencies = {"USD", "EUR", "GBP"};
    String[] regions = {"EMEA", "APAC", null};
    List<Deal> deals = new ArrayList<>();
    for (int i = 0; i < 360; i++) {
      int kind = random.nextInt(10);
      String stage = kind < 2 ? "closed_won" : kind < 3 ? "closed_lost" : "proposal";
      String category =
          stage.equals("closed_won")
              ? "closed"
              : stage.equals("closed_lost") ? "omitted" : OPEN_CATEGORIES[random.nextInt(4)];
      int probability =
          stage.equals("closed_won") ? 100 : stage.equals("closed_lost") ? 0 : random.nextInt(101);
      Deal deal =
          new Deal(
              owners.get(random.nextInt(owners.size())).id(),
              stage,
              category,
              new BigDecimal(random.nextInt(9_000_000)).movePointLeft(2),
              currencies[random.nextInt(3)],
              probability,
              START.minusDays(15).plusDays(random.nextInt(120)),
              regions[random.nextInt(3)]);
      deals.add(deal);
      insert(deal);
    }
    return deals;
  }

  private static BigDecimal converted(Deal d) {
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
      JsonPath doc, String row, List<Deal> deals, Predicate<Deal> in, BigDecimal quota) {
    BigDecimal closedWon = BigDecimal.ZERO;
    BigDecimal commitOpen = BigDecimal.ZERO;
    BigDecimal bestOpen = BigDecimal.ZERO;
    BigDecimal pipeline = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    long[] counts = new long[4];
    for (Deal d : deals) {
      if (!in.test(d) || d.close().isBefore(START) || !d.close().isBefore(END)) {
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
    List<Deal> deals = randomDeals();
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
    checkRow(byRegion, "rows[0]", deals, d -> "APAC".equals(d.region()), null);
    checkRow(byRegion, "rows[2]", deals, d -> d.region() == null, null);
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
    checkRow(byMonth, "rows[1]", deals, d -> d.close().getMonthValue() == 2, null);
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
    insert(
        new Deal(
            solo.id(),
            "proposal",
            "commit",
            new BigDecimal("10"),
            "CHF",
            50,
            LocalDate.of(2035, 2, 3),
            null));
    Api.as(solo)
        .get("/api/v1/forecasts/2035-Q1")
        .then()
        .statusCode(422)
        .body("detail", containsString("CHF 2035-02"));
    insert(
        new Deal(
            m2.id(),
            "proposal",
            "commit",
            new BigDecimal("10.00"),
            "USD",
            50,
            LocalDate.of(2035, 2, 3),
            null));
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
