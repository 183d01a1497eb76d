package io.clientele.review;

import static org.assertj.core.api.Assertions.assertThat;
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
 * deals, quotas, forecast calls and accounts in three currencies; and the freeze at submission.
 */
@QuarkusTest
class ReviewKpisTest {
  static final String REVIEWS = "/api/v1/reviews";
  static final LocalDate START = LocalDate.of(2026, 1, 1);
  static final LocalDate END = LocalDate.of(2026, 7, 1); // 2026-H1, exclusive
  static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP");

  /** A stage and the category its deals are in. */
  record Stage(String key, String category, boolean won, boolean lost) {}

  static final List<Stage> STAGES =
      List.of(
          new Stage("prospecting", "pipeline", false, false),
          new Stage("qualification", "pipeline", false, false),
          new Stage("proposal", "best_case", false, false),
          new Stage("negotiation", "commit", false, false),
          new Stage("closed_won", "closed", true, false),
          new Stage("closed_lost", "omitted", false, true));

  record Deal(
      Stage stage,
      BigDecimal amount,
      String currency,
      LocalDate closeDate,
      Instant createdAt,
      boolean deleted) {}

  record Account(String status, BigDecimal satisfaction, Instant createdAt, boolean deleted) {}

  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff reviewee;
  UUID account;
  Random random;
  List<Deal> deals;
  List<Account> accounts;
  Map<String, BigDecimal> rates;

  @BeforeEach
  void world() {
    long seed = System.nanoTime();
    random = new Random(seed);
    System.out.println("ReviewKpisTest seed " + seed);
    director = fixtures.staff("director");
    reviewee = fixtures.staff("manager", director);
    TestStaff colleague = fixtures.staff("manager", director);
    account = fixtures.account(Fixtures.unique("Kpi"), reviewee);
    rates = new HashMap<>();
    for (YearMonth m = YearMonth.of(2025, 9);
        !m.isAfter(YearMonth.of(2026, 10));
        m = m.plusMonths(1)) {
      for (String currency : List.of("EUR", "GBP")) {
        BigDecimal rate = BigDecimal.valueOf(900_000 + random.nextInt(600_000), 6);
        fixtures.rate(currency, m.atDay(1), rate);
        // another test may have set this month's rate first: the database's is the one that counts
        rates.put(
            currency + m,
            new BigDecimal(
                fixtures.text(
                    "select rate from exchange_rate where currency = ?1 and month = ?2",
                    currency,
                    m.atDay(1))));
      }
    }
    deals = new ArrayList<>();
    for (int i = 0; i < 160; i++) {
      Deal deal =
          new Deal(
              STAGES.get(random.nextInt(STAGES.size())),
              BigDecimal.valueOf(random.nextInt(10_000_000), 2),
              CURRENCIES.get(random.nextInt(CURRENCIES.size())),
              LocalDate.of(2025, 10, 1).plusDays(random.nextInt(365)),
              LocalDate.of(2025, 10, 1)
                  .plusDays(random.nextInt(365))
                  .atStartOfDay(ZoneOffset.UTC)
                  .toInstant()
                  .plusSeconds(random.nextInt(86_400)),
              random.nextInt(10) == 0);
      deals.add(deal);
      UUID id = write(deal, reviewee);
      if (deal.deleted()) {
        fixtures.execute("update opportunity set deleted_at = now() where id = ?1", id);
      }
    }
    // someone else's deals in the same period count for nobody here
    for (int i = 0; i < 20; i++) {
      write(
          new Deal(
              STAGES.get(4),
              BigDecimal.TEN,
              "USD",
              START.plusDays(i),
              START.atStartOfDay(ZoneOffset.UTC).toInstant(),
              false),
          colleague);
    }
    accounts = new ArrayList<>();
    List<String> statuses = List.of("prospect", "active", "at_risk", "churned");
    for (int i = 0; i < 30; i++) {
      Account a =
          new Account(
              statuses.get(random.nextInt(statuses.size())),
              random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(101), 1),
              LocalDate.of(2025, 6, 1)
                  .plusDays(random.nextInt(450))
                  .atStartOfDay(ZoneOffset.UTC)
                  .toInstant(),
              random.nextInt(8) == 0);
      accounts.add(a);
      fixtures.execute(
          """
          insert into account (id, name, tier, status, owner_id, satisfaction, created_at, updated_at, deleted_at)
          values (?1, ?2, 'B', ?3, ?4, ?5, ?6, ?6, case when ?7 then now() end)
          """,
          UUID.randomUUID(),
          Fixtures.unique("Owned"),
          a.status(),
          reviewee.id(),
          a.satisfaction(),
          java.sql.Timestamp.from(a.createdAt()),
          a.deleted());
    }
  }

  private UUID write(Deal deal, TestStaff owner) {
    return fixtures.deal(
        account,
        owner.id(),
        deal.stage().key(),
        deal.stage().category(),
        deal.amount(),
        deal.currency(),
        deal.stage().won() ? 100 : deal.stage().lost() ? 0 : 50,
        deal.closeDate(),
        deal.createdAt());
  }

  private void quota(
      String period, String kind, LocalDate start, LocalDate end, String amount, String currency) {
    fixtures.execute(
        """
        insert into quota (id, staff_id, period, period_kind, period_start, period_end, amount, currency, created_at, updated_at)
        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now(), now())
        """,
        UUID.randomUUID(),
        reviewee.id(),
        period,
        kind,
        start,
        end,
        new BigDecimal(amount),
        currency);
  }

  private void call(String commit, String at) {
    fixtures.execute(
        """
        insert into forecast_submission (id, staff_id, period, commit, best_case, currency, computed, submitted_at)
        values (?1, ?2, '2026-H1', ?3, ?3, 'USD', cast('{}' as jsonb), ?4)
        """,
        UUID.randomUUID(),
        reviewee.id(),
        new BigDecimal(commit),
        java.sql.Timestamp.from(Instant.parse(at)));
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
    for (Deal d : deals) {
      if (d.deleted()) {
        continue;
      }
      if (inCycle(d.closeDate()) && d.stage().won()) {
        won++;
        closedWon = closedWon.add(usd(d.amount(), d.currency(), YearMonth.from(d.closeDate())));
      }
      if (inCycle(d.closeDate()) && d.stage().lost()) {
        lost++;
      }
      LocalDate createdDay = LocalDate.ofInstant(d.createdAt(), ZoneOffset.UTC);
      if (inCycle(createdDay)) {
        created = created.add(usd(d.amount(), d.currency(), YearMonth.from(createdDay)));
      }
    }
    long retained = 0;
    long churned = 0;
    BigDecimal satisfaction = BigDecimal.ZERO;
    int rated = 0;
    for (Account a : accounts) {
      if (a.deleted() || !a.createdAt().isBefore(END.atStartOfDay(ZoneOffset.UTC).toInstant())) {
        continue;
      }
      if (a.status().equals("churned")) {
        churned++;
      } else {
        retained++;
      }
      if (a.satisfaction() != null) {
        satisfaction = satisfaction.add(a.satisfaction());
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

    quota("2026-Q1", "QUARTER", START, LocalDate.of(2026, 3, 31), "150000.00", "USD");
    quota(
        "2026-Q2",
        "QUARTER",
        LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 6, 30),
        "120000.00",
        "EUR");
    call("90000.00", "2026-02-01T09:00:00Z");
    call("250000.00", "2026-05-01T09:00:00Z"); // the last call counts
    BigDecimal quota =
        new BigDecimal("150000.00")
            .add(new BigDecimal("120000.00").multiply(rates.get("EUR2026-04")));
    assertKpis(kpis(id), quota, new BigDecimal("250000.00"));
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

    // the world moves on: a big win in the cycle, a deleted deal, a churned account
    write(
        new Deal(
            STAGES.get(4),
            new BigDecimal("999999.99"),
            "USD",
            START.plusDays(3),
            Instant.now(),
            false),
        reviewee);
    fixtures.execute(
        "update opportunity set deleted_at = now() where owner_id = ?1", reviewee.id());
    fixtures.execute("update account set status = 'churned' where owner_id = ?1", reviewee.id());

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
    write(
        new Deal(STAGES.get(4), BigDecimal.TEN, "CHF", START.plusDays(40), Instant.now(), false),
        reviewee);
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
