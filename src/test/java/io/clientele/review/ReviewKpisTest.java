package io.clientele.review;

import static io.clientele.account.AccountFixtures.anAccount;
import static io.clientele.clientreview.ClientReviewFixtures.aClientReview;
import static io.clientele.forecast.CallFixtures.aCall;
import static io.clientele.forecast.QuotaFixtures.aQuota;
import static io.clientele.pipeline.DealFixtures.aDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.account.AccountFixtures;
import io.clientele.account.AccountFixtures.AccountRow;
import io.clientele.clientreview.ClientReviewFixtures.ClientReviewRow;
import io.clientele.fx.RateFixtures;
import io.clientele.pipeline.DealFixtures;
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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The KPIs of a review against a brute-force computation, by DESIGN.md's formulas, over random
 * deals, quotas, forecast calls, accounts and their client reviews in three currencies; and the
 * freeze at submission.
 */
@QuarkusTest
class ReviewKpisTest {
  static final String REVIEWS = "/api/v1/reviews";
  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final LocalDate END = LocalDate.of(2026, 7, 1); // 2026-H1, exclusive
  static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP");

  static final List<String> STAGES =
      List.of(
          "prospecting", "qualification", "proposal", "negotiation", "closed_won", "closed_lost");

  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff reviewee;
  UUID account;
  Random random;
  List<DealRow> deals;
  List<AccountRow> accounts;
  List<ClientReviewRow> clientReviews;
  Map<String, BigDecimal> rates;

  @BeforeEach
  void world() {
    long seed = System.nanoTime();
    random = new Random(seed);
    System.out.println("ReviewKpisTest seed " + seed);
    director = fixtures.staff("director");
    reviewee = fixtures.staff("manager", director);
    TestStaff colleague = fixtures.staff("manager", director);
    account = anAccount().ownedBy(reviewee).create();
    rates = new HashMap<>();
    for (YearMonth m = YearMonth.of(2025, 9);
        !m.isAfter(YearMonth.of(2026, 10));
        m = m.plusMonths(1)) {
      for (String currency : List.of("EUR", "GBP")) {
        BigDecimal rate = BigDecimal.valueOf(900_000 + random.nextInt(600_000), 6);
        RateFixtures.rate(currency, m, rate);
        // another test may have set this month's rate first: the database's is the one that counts
        rates.put(currency + m, RateFixtures.rateOf(currency, m));
      }
    }
    deals = new ArrayList<>();
    for (int i = 0; i < 160; i++) {
      DealRow deal =
          deal(reviewee)
              .stage(STAGES.get(random.nextInt(STAGES.size())))
              .amount(
                  BigDecimal.valueOf(random.nextInt(10_000_000), 2),
                  CURRENCIES.get(random.nextInt(CURRENCIES.size())))
              .closing(LocalDate.of(2025, 10, 1).plusDays(random.nextInt(365)))
              .createdAt(
                  LocalDate.of(2025, 10, 1)
                      .plusDays(random.nextInt(365))
                      .atStartOfDay(ZoneOffset.UTC)
                      .toInstant()
                      .plusSeconds(random.nextInt(86_400)))
              .deleted(random.nextInt(10) == 0);
      deal.create();
      deals.add(deal);
    }
    // someone else's deals in the same period count for nobody here
    for (int i = 0; i < 20; i++) {
      deal(colleague)
          .stage("closed_won")
          .amount(BigDecimal.TEN, "USD")
          .closing(START.plusDays(i))
          .createdAt(START.atStartOfDay(ZoneOffset.UTC).toInstant())
          .create();
    }
    accounts = new ArrayList<>();
    clientReviews = new ArrayList<>();
    List<String> statuses = List.of("prospect", "active", "at_risk", "churned");
    for (int i = 0; i < 30; i++) {
      AccountRow a =
          anAccount()
              .ownedBy(reviewee)
              .status(statuses.get(random.nextInt(statuses.size())))
              .satisfaction(
                  random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(101), 1))
              .createdAt(
                  LocalDate.of(2025, 6, 1)
                      .plusDays(random.nextInt(450))
                      .atStartOfDay(ZoneOffset.UTC)
                      .toInstant())
              .deleted(random.nextInt(8) == 0);
      a.create();
      accounts.add(a);
      // up to three client reviews each, some before or after the cycle, some deleted
      for (int r = random.nextInt(4); r > 0; r--) {
        ClientReviewRow review =
            aClientReview()
                .on(a.id())
                .dated(LocalDate.of(2025, 10, 1).plusDays(random.nextInt(365)))
                .scored(random.nextInt(11))
                .deleted(random.nextInt(8) == 0);
        review.create();
        clientReviews.add(review);
      }
    }
  }

  /** A deal of `owner` on the reviewee's account (the KPIs read no probability). */
  private DealRow deal(TestStaff owner) {
    return aDeal().on(account).ownedBy(owner);
  }

  private static boolean won(DealRow d) {
    return d.stage().equals("closed_won");
  }

  private static boolean lost(DealRow d) {
    return d.stage().equals("closed_lost");
  }

  private void quota(String period, String amount, String currency) {
    aQuota().of(reviewee).period(period).amount(amount, currency).create();
  }

  private void call(String commit, String at) {
    aCall().by(reviewee).period("2026-H1").commit(commit).at(at).create();
  }

  private BigDecimal usd(BigDecimal amount, String currency, YearMonth month) {
    return currency.equals("USD") ? amount : amount.multiply(rates.get(currency + month));
  }

  private static boolean inCycle(LocalDate day) {
    return !day.isBefore(START) && day.isBefore(END);
  }

  private static BigDecimal money(BigDecimal exact) {
    return exact.setScale(2, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal ratio(BigDecimal numerator, BigDecimal divisor) {
    return numerator.divide(divisor, 4, RoundingMode.HALF_EVEN);
  }

  /** Every KPI by DESIGN.md's formulas, from the generated data alone. */
  private void assertKpis(JsonPath kpis, BigDecimal quota, BigDecimal lastCommit) {
    BigDecimal closedWon = BigDecimal.ZERO;
    BigDecimal created = BigDecimal.ZERO;
    long won = 0;
    long lost = 0;
    for (DealRow d : deals) {
      if (d.deleted()) {
        continue;
      }
      if (inCycle(d.closeDate()) && won(d)) {
        won++;
        closedWon = closedWon.add(usd(d.amount(), d.currency(), YearMonth.from(d.closeDate())));
      }
      if (inCycle(d.closeDate()) && lost(d)) {
        lost++;
      }
      LocalDate createdDay = LocalDate.ofInstant(d.createdAt(), ZoneOffset.UTC);
      if (inCycle(createdDay)) {
        created = created.add(usd(d.amount(), d.currency(), YearMonth.from(createdDay)));
      }
    }
    long retained = 0;
    long churned = 0;
    List<UUID> counted = new ArrayList<>();
    for (AccountRow a : accounts) {
      if (a.deleted() || !a.createdAt().isBefore(END.atStartOfDay(ZoneOffset.UTC).toInstant())) {
        continue;
      }
      counted.add(a.id());
      if (a.status().equals("churned")) {
        churned++;
      } else {
        retained++;
      }
    }
    // the scores of those accounts' live client reviews dated in the cycle, each once
    BigDecimal satisfaction = BigDecimal.ZERO;
    int rated = 0;
    for (ClientReviewRow r : clientReviews) {
      if (!r.deleted() && counted.contains(r.account()) && inCycle(r.date())) {
        satisfaction = satisfaction.add(BigDecimal.valueOf(r.satisfaction()));
        rated++;
      }
    }

    assertThat(kpis.getString("cycle")).isEqualTo("2026-H1");
    assertThat(kpis.getString("currency")).isEqualTo("USD");
    assertThat(kpis.getString("quota"))
        .isEqualTo(quota == null ? null : money(quota).toPlainString());
    assertThat(kpis.getString("closedWon")).isEqualTo(money(closedWon).toPlainString());
    assertThat(decimal(kpis, "quotaAttainment"))
        .isEqualTo(quota == null ? null : ratio(closedWon, quota));
    assertThat(kpis.getLong("wonCount")).isEqualTo(won);
    assertThat(kpis.getLong("lostCount")).isEqualTo(lost);
    assertThat(decimal(kpis, "winRate"))
        .isEqualTo(
            won + lost == 0
                ? null
                : ratio(BigDecimal.valueOf(won), BigDecimal.valueOf(won + lost)));
    assertThat(kpis.getString("averageDealSize"))
        .isEqualTo(
            won == 0
                ? null
                : closedWon
                    .divide(BigDecimal.valueOf(won), 2, RoundingMode.HALF_EVEN)
                    .toPlainString());
    assertThat(kpis.getString("pipelineCreated")).isEqualTo(money(created).toPlainString());
    assertThat(kpis.getLong("accountsRetained")).isEqualTo(retained);
    assertThat(kpis.getLong("accountsChurned")).isEqualTo(churned);
    assertThat(decimal(kpis, "averageSatisfaction"))
        .isEqualTo(
            rated == 0
                ? null
                : satisfaction.divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_EVEN));
    assertThat(kpis.getString("lastSubmittedCommit"))
        .isEqualTo(lastCommit == null ? null : money(lastCommit).toPlainString());
    BigDecimal accuracy =
        lastCommit == null || closedWon.signum() == 0
            ? null
            : BigDecimal.ONE
                .subtract(
                    lastCommit
                        .subtract(closedWon)
                        .abs()
                        .divide(closedWon, 4, RoundingMode.HALF_EVEN))
                .max(BigDecimal.ZERO)
                .setScale(4);
    assertThat(decimal(kpis, "forecastAccuracy")).isEqualTo(accuracy);
  }

  /** A JSON number as an exact decimal at its own scale (4 for ratios, 2 for satisfaction). */
  private static BigDecimal decimal(JsonPath json, String field) {
    Object value = json.get(field);
    if (value == null) {
      return null;
    }
    BigDecimal number = new BigDecimal(value.toString());
    int scale = field.equals("averageSatisfaction") ? 2 : 4;
    return number.setScale(scale, RoundingMode.UNNECESSARY);
  }

  private String draft() {
    return Api.as(director)
        .body("{\"revieweeId\": \"%s\", \"cycle\": \"2026-H1\"}".formatted(reviewee.id()))
        .post(REVIEWS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private JsonPath kpis(String id) {
    return Api.as(director)
        .get(REVIEWS + "/" + id + "/kpis")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void liveKpisMatchABruteForceComputation() {
    String id = draft();
    // no quota, no call yet: those KPIs are null
    JsonPath bare = kpis(id);
    assertThat(bare.getBoolean("frozen")).isFalse();
    assertKpis(bare, null, null);

    quota("2026-Q1", "150000.00", "USD");
    quota("2026-Q2", "120000.00", "EUR");
    call("90000.00", "2026-02-01T09:00:00Z");
    call("250000.00", "2026-05-01T09:00:00Z"); // the last call counts
    BigDecimal quota =
        new BigDecimal("150000.00")
            .add(new BigDecimal("120000.00").multiply(rates.get("EUR2026-04")));
    assertKpis(kpis(id), quota, new BigDecimal("250000.00"));
  }

  @Test
  void aSmallCycleAddsUpAsWorkedOutByHand() {
    // 2032-H1 (January to June), EUR at 1.1 all year; a reviewee of its own
    RateFixtures.rates(
        Map.of("EUR", new BigDecimal("1.1")), YearMonth.of(2031, 11), YearMonth.of(2032, 12));
    TestStaff fresh = fixtures.staff("manager", director);
    UUID theirs = anAccount().ownedBy(fresh).satisfaction(new BigDecimal("8.0")).create();
    UUID churned =
        anAccount()
            .ownedBy(fresh)
            .status("churned")
            .satisfaction(new BigDecimal("3.5"))
            .createdAt(Instant.parse("2031-01-01T00:00:00Z"))
            .create();
    anAccount().ownedBy(fresh).status("at_risk").satisfaction(new BigDecimal("9.5")).create();
    UUID deleted = anAccount().ownedBy(fresh).deleted(true).create();
    UUID later =
        anAccount().ownedBy(fresh).createdAt(Instant.parse("2032-08-01T00:00:00Z")).create();
    UUID someoneElses = anAccount().ownedBy(director).create();
    // client reviews: theirs 9 (February) and 6 (May) count; 2 (the day before the cycle), 1 (the
    // day after it) and a deleted 0 do not; the churned account's 4 (its last day) counts; none
    // of the deleted account, of the account made after the cycle or of someone else's
    aClientReview().on(theirs).dated("2032-02-15").scored(9).create();
    aClientReview().on(theirs).dated("2032-05-20").scored(6).create();
    aClientReview().on(theirs).dated("2031-12-31").scored(2).create();
    aClientReview().on(theirs).dated("2032-07-01").scored(1).create();
    aClientReview().on(theirs).dated("2032-03-01").scored(0).deleted(true).create();
    aClientReview().on(churned).dated("2032-06-30").scored(4).create();
    aClientReview().on(deleted).dated("2032-03-03").scored(10).create();
    aClientReview().on(later).dated("2032-04-01").scored(10).create();
    aClientReview().on(someoneElses).dated("2032-04-01").scored(0).create();
    DealRow won = aDeal().on(theirs).stage("closed_won").createdAt("2031-11-01T00:00:00Z");
    won.copy().amount("1000.00", "USD").closing("2032-02-10").create();
    won.copy().amount("2000.00", "EUR").closing("2032-03-15").create();
    won.copy().amount("500.00", "USD").closing("2032-07-01").create(); // after the cycle
    won.copy().amount("9999.00", "USD").closing("2032-03-01").deleted(true).create();
    aDeal()
        .on(theirs)
        .stage("closed_lost")
        .amount("300.00", "USD")
        .closing("2032-04-01")
        .createdAt("2032-01-15T00:00:00Z")
        .create();
    aDeal()
        .on(theirs)
        .stage("proposal")
        .amount("1000.00", "EUR")
        .closing("2032-09-01")
        .createdAt("2032-02-20T00:00:00Z")
        .create();
    aQuota().of(fresh).period("2032-Q1").amount("4000.00", "USD").create();
    aQuota().of(fresh).period("2032-Q2").amount("2000.00", "EUR").create();
    aCall().by(fresh).period("2032-H1").commit("3000.00").at("2032-02-01T09:00:00Z").create();
    aCall().by(fresh).period("2032-H1").commit("3600.00").at("2032-05-01T09:00:00Z").create();

    String id =
        Api.as(director)
            .body("{\"revieweeId\": \"%s\", \"cycle\": \"2032-H1\"}".formatted(fresh.id()))
            .post(REVIEWS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    JsonPath kpis = kpis(id);
    // quota: 4000.00 + 2000.00 EUR x 1.1 = 4000.00 + 2200.00 = 6200.00
    assertThat(kpis.getString("quota")).isEqualTo("6200.00");
    // won in the cycle: 1000.00 + 2000.00 EUR x 1.1 = 1000.00 + 2200.00 = 3200.00, 2 deals;
    // attainment 3200 / 6200 = 0.516129... = 0.5161; average deal 3200.00 / 2 = 1600.00
    assertThat(kpis.getString("closedWon")).isEqualTo("3200.00");
    assertThat(decimal(kpis, "quotaAttainment")).isEqualTo(new BigDecimal("0.5161"));
    assertThat(kpis.getLong("wonCount")).isEqualTo(2);
    assertThat(kpis.getString("averageDealSize")).isEqualTo("1600.00");
    // 1 lost: win rate 2 / 3 = 0.6667
    assertThat(kpis.getLong("lostCount")).isEqualTo(1);
    assertThat(decimal(kpis, "winRate")).isEqualTo(new BigDecimal("0.6667"));
    // created in the cycle: 300.00 + 1000.00 EUR x 1.1 = 300.00 + 1100.00 = 1400.00
    assertThat(kpis.getString("pipelineCreated")).isEqualTo("1400.00");
    // accounts: active and at risk retained (2), 1 churned; satisfaction from their reviews in
    // the cycle, not the accounts' own (which would make (1.0 + 4.0 + 9.5) / 3 = 4.83):
    // (9 + 6 + 4) / 3 = 19 / 3 = 6.333... = 6.33
    assertThat(kpis.getLong("accountsRetained")).isEqualTo(2);
    assertThat(kpis.getLong("accountsChurned")).isEqualTo(1);
    assertThat(decimal(kpis, "averageSatisfaction")).isEqualTo(new BigDecimal("6.33"));
    // the last call, 3600.00: accuracy 1 - |3600 - 3200| / 3200 = 1 - 0.125 = 0.8750
    assertThat(kpis.getString("lastSubmittedCommit")).isEqualTo("3600.00");
    assertThat(decimal(kpis, "forecastAccuracy")).isEqualTo(new BigDecimal("0.8750"));
  }

  @Test
  void submittedKpisAreFrozenAndDealsChangingAfterwardsDoNotMoveThem() {
    call("1000.00", "2026-05-01T09:00:00Z");
    String id = draft();
    JsonPath live = kpis(id);
    var submitted =
        Api.as(director).post(REVIEWS + "/" + id + "/submit").then().statusCode(200).extract();
    assertThat(submitted.jsonPath().getBoolean("kpis.frozen")).isTrue();
    assertKpis(submitted.jsonPath().setRootPath("kpis"), null, new BigDecimal("1000.00"));

    // the world moves on: a big win in the cycle, a deleted deal, a churned account, a bad review
    aClientReview().on(account).dated(START.plusDays(5)).scored(0).create();
    deal(reviewee)
        .stage("closed_won")
        .amount("999999.99", "USD")
        .closing(START.plusDays(3))
        .create();
    DealFixtures.deleteAllOwnedBy(reviewee);
    AccountFixtures.churnAllOwnedBy(reviewee);

    JsonPath frozen = kpis(id);
    assertThat(frozen.getBoolean("frozen")).isTrue();
    // exactly what was frozen at submission, which was what the draft showed just before
    for (String field :
        List.of(
            "closedWon",
            "wonCount",
            "lostCount",
            "pipelineCreated",
            "accountsRetained",
            "accountsChurned",
            "averageSatisfaction",
            "forecastAccuracy")) {
      assertThat(frozen.getString(field))
          .as(field)
          .isEqualTo(submitted.jsonPath().getString("kpis." + field))
          .isEqualTo(live.getString(field));
    }
    assertThat(frozen.getString("computedAt"))
        .isEqualTo(submitted.jsonPath().getString("kpis.computedAt"));
    Api.as(director)
        .get(REVIEWS + "/" + id)
        .then()
        .body("kpis.closedWon", equalTo(frozen.getString("closedWon")));
    // a draft of another cycle sees the new world
    String other =
        Api.as(director)
            .body("{\"revieweeId\": \"%s\", \"cycle\": \"2026-Q1\"}".formatted(reviewee.id()))
            .post(REVIEWS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertThat(kpis(other).getLong("accountsRetained")).isZero();
    assertThat(kpis(other).getString("closedWon")).isEqualTo("0.00");
  }

  @Test
  void aMissingRateIsA422NamingIt() {
    String id = draft();
    deal(reviewee).stage("closed_won").amount("10", "CHF").closing(START.plusDays(40)).create();
    Api.as(director)
        .get(REVIEWS + "/" + id + "/kpis")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("CHF 2026-02"));
    Api.as(director).post(REVIEWS + "/" + id + "/submit").then().statusCode(422);
    Api.as(director).get(REVIEWS + "/" + id).then().body("status", equalTo("draft"));
  }
}
