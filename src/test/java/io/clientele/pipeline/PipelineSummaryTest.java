package io.clientele.pipeline;

import static io.clientele.account.AccountFixtures.anAccount;
import static io.clientele.pipeline.DealFixtures.aDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PipelineSummaryTest {
  static final String SUMMARY = "/api/v1/pipeline/summary";
  static final LocalDate START = LocalDate.of(2034, 4, 1);
  static final LocalDate END = LocalDate.of(2034, 7, 1);
  static final Map<String, BigDecimal> RATES =
      Map.of("EUR", new BigDecimal("1.0825"), "GBP", new BigDecimal("1.2731"));
  static final Map<String, Integer> STAGE_PROBABILITY =
      Map.of(
          "prospecting",
          10,
          "qualification",
          20,
          "proposal",
          50,
          "negotiation",
          75,
          "closed_won",
          100,
          "closed_lost",
          0);
  static final List<String> STAGES = List.copyOf(STAGE_PROBABILITY.keySet());

  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff lead;
  TestStaff m1;
  TestStaff m2;
  UUID account;

  @BeforeEach
  void teamAndRates() {
    director = fixtures.staff("director");
    lead = fixtures.staff("director", director);
    m1 = fixtures.staff("manager", lead);
    m2 = fixtures.staff("manager", lead);
    account = anAccount().ownedBy(m1).create();
    RateFixtures.rates(RATES, YearMonth.of(2034, 1), YearMonth.of(2034, 12));
  }

  /** A live deal of `owner` on the team's account, created before the quarter. */
  private DealRow deal(TestStaff owner) {
    return aDeal()
        .on(account)
        .ownedBy(owner)
        .category("pipeline")
        .createdAt("2034-01-01T00:00:00Z");
  }

  /** The caller's summary of 2034-Q2. */
  private static JsonPath quarter(TestStaff caller) {
    return Api.as(caller)
        .queryParam("period", "2034-Q2")
        .get(SUMMARY)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static BigDecimal rate(String currency) {
    return currency.equals("USD") ? BigDecimal.ONE : RATES.get(currency);
  }

  private static String money(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Test
  void numbersMatchABruteForceOverRandomDeals() {
    Random random = new Random(20341);
    List<TestStaff> owners = List.of(director, lead, m1, m2);
    String[] currencies = {"USD", "EUR", "GBP"};
    List<DealRow> deals = new ArrayList<>();
    for (int i = 0; i < 320; i++) {
      String stage = STAGES.get(random.nextInt(STAGES.size()));
      int probability =
          stage.startsWith("closed") ? STAGE_PROBABILITY.get(stage) : random.nextInt(101);
      LocalDate close = START.minusDays(20).plusDays(random.nextInt(131));
      Instant created =
          START
              .minusDays(30)
              .plusDays(random.nextInt(120))
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant()
              .plusSeconds(random.nextInt(86400));
      DealRow deal =
          aDeal()
              .on(account)
              .ownedBy(owners.get(random.nextInt(owners.size())))
              .stage(stage)
              .category("pipeline")
              .amount(
                  new BigDecimal(random.nextInt(5_000_000)).movePointLeft(2),
                  currencies[random.nextInt(3)])
              .probability(probability)
              .closing(close)
              .createdAt(created)
              .deleted(random.nextInt(20) == 0);
      deals.add(deal);
      deal.create();
    }
    check(director, "team", Set.of(director.id(), lead.id(), m1.id(), m2.id()), deals);
    check(lead, "own", Set.of(lead.id()), deals);
    check(m1, "team", Set.of(m1.id()), deals);
  }

  private void check(TestStaff caller, String scope, Set<UUID> owners, List<DealRow> deals) {
    Map<String, long[]> counts = new HashMap<>();
    Map<String, BigDecimal> amounts = new HashMap<>();
    Map<String, BigDecimal> weighted = new HashMap<>();
    long createdCount = 0;
    BigDecimal createdAmount = BigDecimal.ZERO;
    for (DealRow d : deals) {
      if (d.deleted() || !owners.contains(d.owner())) {
        continue;
      }
      BigDecimal converted = d.amount().multiply(rate(d.currency()));
      if (!d.closeDate().isBefore(START) && d.closeDate().isBefore(END)) {
        counts.computeIfAbsent(d.stage(), k -> new long[1])[0]++;
        amounts.merge(d.stage(), converted, BigDecimal::add);
        weighted.merge(
            d.stage(),
            converted.multiply(BigDecimal.valueOf(d.probability())).divide(BigDecimal.valueOf(100)),
            BigDecimal::add);
      }
      if (!d.createdAt().isBefore(START.atStartOfDay(ZoneOffset.UTC).toInstant())
          && d.createdAt().isBefore(END.atStartOfDay(ZoneOffset.UTC).toInstant())) {
        createdCount++;
        createdAmount = createdAmount.add(converted);
      }
    }
    JsonPath summary =
        Api.as(caller)
            .queryParam("period", "2034-Q2")
            .queryParam("scope", scope)
            .get(SUMMARY)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(summary.getString("currency")).isEqualTo("USD");
    assertThat(summary.getString("start")).isEqualTo("2034-04-01");
    assertThat(summary.getString("end")).isEqualTo("2034-06-30");
    long total = 0;
    BigDecimal totalAmount = BigDecimal.ZERO;
    BigDecimal totalWeighted = BigDecimal.ZERO;
    for (String stage : STAGES) {
      long count = counts.getOrDefault(stage, new long[1])[0];
      BigDecimal amount = amounts.getOrDefault(stage, BigDecimal.ZERO);
      BigDecimal weight = weighted.getOrDefault(stage, BigDecimal.ZERO);
      String row = "stages.find { it.stage == '" + stage + "' }";
      assertThat(summary.getLong(row + ".count"))
          .as(scope + " " + stage + " count")
          .isEqualTo(count);
      assertThat(summary.getString(row + ".amount")).as(stage + " amount").isEqualTo(money(amount));
      assertThat(summary.getString(row + ".weightedAmount"))
          .as(stage + " weighted")
          .isEqualTo(money(weight));
      total += count;
      totalAmount = totalAmount.add(amount);
      totalWeighted = totalWeighted.add(weight);
    }
    assertThat(summary.getLong("totals.count")).isEqualTo(total);
    assertThat(summary.getString("totals.amount")).isEqualTo(money(totalAmount));
    assertThat(summary.getString("totals.weightedAmount")).isEqualTo(money(totalWeighted));
    long won = counts.getOrDefault("closed_won", new long[1])[0];
    long lost = counts.getOrDefault("closed_lost", new long[1])[0];
    assertThat(summary.getLong("wonCount")).isEqualTo(won);
    assertThat(summary.getLong("lostCount")).isEqualTo(lost);
    BigDecimal winRate =
        won + lost == 0
            ? null
            : BigDecimal.valueOf(won)
                .divide(BigDecimal.valueOf(won + lost), 4, RoundingMode.HALF_EVEN);
    assertThat(
            summary.getString("winRate") == null
                ? null
                : new BigDecimal(summary.getString("winRate")))
        .isEqualByComparingTo(winRate);
    BigDecimal wonAmount = amounts.getOrDefault("closed_won", BigDecimal.ZERO);
    assertThat(summary.getString("wonAmount")).isEqualTo(money(wonAmount));
    if (won > 0) {
      assertThat(summary.getString("averageDealSize"))
          .isEqualTo(
              money(
                  wonAmount
                      .setScale(2, RoundingMode.HALF_EVEN)
                      .divide(BigDecimal.valueOf(won), 2, RoundingMode.HALF_EVEN)));
    }
    assertThat(summary.getLong("created.count")).isEqualTo(createdCount);
    assertThat(summary.getString("created.amount")).isEqualTo(money(createdAmount));
  }

  @Test
  void aSmallQuarterAddsUpAsWorkedOutByHand() {
    // 2034-Q2 at EUR 1.0825 and GBP 1.2731; probabilities are the stages' (50, 100, 0)
    deal(m2).stage("proposal").amount("1000.00", "EUR").closing("2034-05-10").create();
    deal(m2).stage("proposal").amount("200.00", "USD").closing("2034-06-30").create();
    deal(m2).stage("closed_won").amount("300.00", "GBP").closing("2034-04-15").create();
    deal(m2)
        .stage("closed_won")
        .amount("100.00", "USD")
        .closing("2034-05-01")
        .createdAt("2034-04-20T12:00:00Z")
        .create();
    deal(m2).stage("closed_lost").amount("500.00", "USD").closing("2034-06-01").create();
    // out: closes the day after the quarter; deleted
    deal(m2).stage("negotiation").amount("999.00", "USD").closing("2034-07-01").create();
    deal(m2).stage("proposal").amount("400.00", "USD").closing("2034-05-05").deleted(true).create();

    JsonPath summary = quarter(m2);
    String proposal = "stages.find { it.stage == 'proposal' }";
    String won = "stages.find { it.stage == 'closed_won' }";
    String lost = "stages.find { it.stage == 'closed_lost' }";
    // proposal: 1000.00 x 1.0825 = 1082.50, + 200.00 = 1282.50; weighted 541.25 + 100.00 = 641.25
    assertThat(summary.getLong(proposal + ".count")).isEqualTo(2);
    assertThat(summary.getString(proposal + ".amount")).isEqualTo("1282.50");
    assertThat(summary.getString(proposal + ".weightedAmount")).isEqualTo("641.25");
    // won: 300.00 x 1.2731 = 381.93, + 100.00 = 481.93, all of it weighted (100 %)
    assertThat(summary.getLong(won + ".count")).isEqualTo(2);
    assertThat(summary.getString(won + ".amount")).isEqualTo("481.93");
    assertThat(summary.getString(won + ".weightedAmount")).isEqualTo("481.93");
    // lost: 500.00, weighted at 0 %
    assertThat(summary.getLong(lost + ".count")).isEqualTo(1);
    assertThat(summary.getString(lost + ".amount")).isEqualTo("500.00");
    assertThat(summary.getString(lost + ".weightedAmount")).isEqualTo("0.00");
    // totals: 2 + 2 + 1 = 5; 1282.50 + 481.93 + 500.00 = 2264.43; 641.25 + 481.93 = 1123.18
    assertThat(summary.getLong("totals.count")).isEqualTo(5);
    assertThat(summary.getString("totals.amount")).isEqualTo("2264.43");
    assertThat(summary.getString("totals.weightedAmount")).isEqualTo("1123.18");
    // 2 won, 1 lost: win rate 2 / 3 = 0.6667; average won deal 481.93 / 2 = 240.965 -> 240.96
    assertThat(summary.getLong("wonCount")).isEqualTo(2);
    assertThat(summary.getLong("lostCount")).isEqualTo(1);
    assertThat(new BigDecimal(summary.getString("winRate")))
        .isEqualByComparingTo(new BigDecimal("0.6667"));
    assertThat(summary.getString("wonAmount")).isEqualTo("481.93");
    assertThat(summary.getString("averageDealSize")).isEqualTo("240.96");
    // created in the quarter: only the 100.00 USD deal (the others were created in January)
    assertThat(summary.getLong("created.count")).isEqualTo(1);
    assertThat(summary.getString("created.amount")).isEqualTo("100.00");
  }

  @Test
  void daysInStageAndConversionComeFromTheHistory() {
    Instant t0 = Instant.parse("2034-04-02T09:00:00Z");
    UUID a =
        deal(m2)
            .stage("closed_won")
            .amount("10", "USD")
            .closing("2034-05-01")
            .createdAt(t0)
            .create();
    UUID b =
        deal(m2)
            .stage("closed_lost")
            .amount("10", "USD")
            .closing("2034-05-02")
            .createdAt(t0)
            .create();
    history(a, t0, 0, null, "prospecting");
    history(a, t0, 2, "prospecting", "qualification");
    history(a, t0, 5, "qualification", "proposal");
    history(a, t0, 15, "proposal", "closed_won");
    history(b, t0, 0, null, "prospecting");
    history(b, t0, 4, "prospecting", "qualification");
    history(b, t0, 6, "qualification", "closed_lost");
    // the deals keep their velocity figures; rows written by hand need them recomputed
    DealFixtures.rebuildStageStats(a, b);

    JsonPath summary = quarter(m2);
    assertThat(summary.getString("stages.find { it.stage == 'prospecting' }.averageDaysInStage"))
        .isEqualTo("3.0");
    assertThat(summary.getString("stages.find { it.stage == 'qualification' }.averageDaysInStage"))
        .isEqualTo("2.5");
    assertThat(summary.getString("stages.find { it.stage == 'proposal' }.averageDaysInStage"))
        .isEqualTo("10.0");
    assertThat(summary.getString("stages.find { it.stage == 'closed_won' }.averageDaysInStage"))
        .isNull();
    assertThat(summary.getList("conversions.from"))
        .containsExactly("prospecting", "qualification", "proposal");
    assertThat(summary.getList("conversions.entered", Integer.class)).containsExactly(2, 2, 1);
    assertThat(summary.getList("conversions.advanced", Integer.class)).containsExactly(2, 1, 1);
    assertThat(summary.getString("conversions[1].rate")).isEqualTo("0.5");
    assertThat(summary.getString("winRate")).isEqualTo("0.5");
  }

  private static void history(UUID deal, Instant t0, int days, String from, String to) {
    DealFixtures.stageChanged(deal, t0.plusSeconds(days * 86400L), from, to);
  }

  @Test
  void amountsConvertAtTheCloseMonthsRate() {
    deal(m1).stage("proposal").amount("1000.00", "EUR").closing("2034-05-10").create();
    Api.as(m1)
        .queryParam("period", "2034-05")
        .get(SUMMARY)
        .then()
        .statusCode(200)
        .body("stages.find { it.stage == 'proposal' }.amount", equalTo("1082.50"))
        .body("stages.find { it.stage == 'proposal' }.weightedAmount", equalTo("541.25"));
  }

  @Test
  void aMissingRateIs422NamingCurrencyAndMonth() {
    deal(m1).stage("proposal").amount("1000", "JPY").closing("2034-05-10").create();
    Api.as(m1)
        .queryParam("period", "2034-Q2")
        .get(SUMMARY)
        .then()
        .statusCode(422)
        .body("detail", containsString("JPY 2034-05"))
        .body("errors.message", hasItem("missing JPY 2034-05"));
  }

  @Test
  void csvOnRequest() {
    deal(m1).stage("negotiation").amount("200.00", "USD").closing("2034-06-01").create();
    String csv =
        Api.as(m1)
            .accept("text/csv")
            .queryParam("period", "2034-Q2")
            .get(SUMMARY)
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();
    assertThat(csv.lines().findFirst())
        .contains("period,currency,stage,label,count,amount,weightedAmount,averageDaysInStage");
    assertThat(csv).contains("2034-Q2,USD,negotiation,Negotiation,1,200.00,150.00,");
  }

  @Test
  void onlyVisibleStaffAndGoodPeriods() {
    Api.as(m1)
        .queryParam("period", "2034-Q2")
        .queryParam("staffId", m2.idString())
        .get(SUMMARY)
        .then()
        .statusCode(404);
    Api.as(director)
        .queryParam("period", "2034-Q2")
        .queryParam("staffId", m2.idString())
        .get(SUMMARY)
        .then()
        .statusCode(200)
        .body("staffId", equalTo(m2.idString()));
    Api.as(m1)
        .queryParam("period", "2034-Q5")
        .get(SUMMARY)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    Api.as(m1).get(SUMMARY).then().statusCode(400);
    Api.as(fixtures.staff("executive"))
        .queryParam("period", "2034")
        .queryParam("staffId", m1.idString())
        .get(SUMMARY)
        .then()
        .statusCode(200);
  }
}
