package io.clientele.pnl;

import static io.clientele.account.AccountFixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.clientele.account.AccountFixtures.AccountRow;
import io.clientele.fx.RateFixtures;
import io.clientele.pnl.PnlFixtures.BudgetRow;
import io.clientele.pnl.PnlFixtures.EntryRow;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The P&L against a brute force: random entries (some reversed) and budgets in four currencies over
 * one year, posted through the API, then every figure of every row recomputed here from the entries
 * by the documented rule (each account's month, category and currency summed, converted at the
 * month's rate, rounded half-even to cents; rows add those up).
 */
@QuarkusTest
class PnlReportTest {
  static final List<String> CATEGORIES =
      List.of("revenue", "staff", "third_party", "media", "travel", "other");
  static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY");

  @Inject Fixtures fixtures;
  TestStaff finance;
  TestStaff top;
  TestStaff lead;
  TestStaff m1;
  TestStaff m2;
  TestStaff m3;
  TestStaff loner;
  Map<UUID, Owned> accounts;
  Map<String, BigDecimal> rates = new HashMap<>();

  /** Each test posts in a year of its own, so company-wide reports see only its accounts. */
  int year;

  record Owned(UUID id, String name, String region, TestStaff owner, TestStaff director) {}

  /** One posted amount or one budget line: a month, category and currency of an account. */
  record Cell(
      UUID account,
      YearMonth month,
      String category,
      String currency,
      boolean budget,
      BigDecimal amount) {}

  final List<Cell> cells = new ArrayList<>();

  @BeforeEach
  void world() {
    finance = fixtures.staff("finance");
    top = fixtures.staff("director");
    lead = fixtures.staff("director", top);
    m1 = fixtures.staff("manager", lead);
    m2 = fixtures.staff("manager", lead);
    m3 = fixtures.staff("manager", top);
    loner = fixtures.staff("manager");
    accounts = new LinkedHashMap<>();
    addAccount("EMEA", m1, lead);
    addAccount("EMEA", m1, lead);
    addAccount("AMER", m2, lead);
    addAccount(null, m3, top);
    addAccount("AMER", loner, null);
  }

  private void ratesFor(int year) {
    for (int month = 1; month <= 12; month++) {
      LocalDate first = LocalDate.of(year, month, 1);
      put(
          "EUR",
          first,
          new BigDecimal("1.0825")
              .add(new BigDecimal("0.0137").multiply(BigDecimal.valueOf(month))));
      put(
          "GBP",
          first,
          new BigDecimal("1.273155")
              .subtract(new BigDecimal("0.0041").multiply(BigDecimal.valueOf(month))));
      put("JPY", first, new BigDecimal("0.006713"));
    }
  }

  private void addAccount(String region, TestStaff owner, TestStaff director) {
    AccountRow account = anAccount().named(Fixtures.unique("PnL")).ownedBy(owner).region(region);
    UUID id = account.create();
    accounts.put(id, new Owned(id, account.name(), region, owner, director));
  }

  private void put(String currency, LocalDate month, BigDecimal rate) {
    RateFixtures.rate(currency, YearMonth.from(month), rate);
    rates.put(currency + " " + YearMonth.from(month), rate);
  }

  private BigDecimal rate(String currency, YearMonth month) {
    return currency.equals("USD") ? BigDecimal.ONE : rates.get(currency + " " + month);
  }

  private static String amount(BigDecimal value, String currency) {
    int decimals = currency.equals("JPY") ? 0 : 2;
    return value.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
  }

  /** Posts random entries and budgets of `year` through the API and records them as cells. */
  private void postLedger(int year, int entries) {
    this.year = year;
    ratesFor(year);
    Random random = new Random(year);
    List<UUID> ids = List.copyOf(accounts.keySet());
    for (int i = 0; i < entries; i++) {
      UUID account = ids.get(random.nextInt(ids.size()));
      String category = random.nextInt(10) < 4 ? "revenue" : CATEGORIES.get(1 + random.nextInt(5));
      String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
      LocalDate date = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      BigDecimal value =
          currency.equals("JPY")
              ? BigDecimal.valueOf(1 + random.nextInt(5_000_000))
              : BigDecimal.valueOf(1 + random.nextInt(5_000_000), 2);
      EntryRow entry =
          (category.equals("revenue") ? PnlFixtures.revenue() : PnlFixtures.cost(category))
              .on(account)
              .dated(date)
              .amount(amount(value, currency), currency);
      String id = entry.post(finance);
      cells.add(new Cell(account, YearMonth.from(date), category, currency, false, value));
      if (random.nextInt(8) == 0) {
        // reversed, in its own month or a later one
        LocalDate when = random.nextBoolean() ? date : date.plusDays(random.nextInt(60));
        if (when.getYear() == year) {
          entry.reverse(finance, id, when);
          cells.add(
              new Cell(account, YearMonth.from(when), category, currency, false, value.negate()));
        }
      }
    }
    // budgets: the first two accounts for the whole year, the third for two quarters, none for the
    // rest
    budget(ids.get(0), year + "", random);
    budget(ids.get(1), year + "", random);
    budget(ids.get(2), year + "-Q1", random);
    budget(ids.get(2), year + "-Q3", random);
    budget(ids.get(3), year + "-Q1", random);
  }

  private void budget(UUID account, String period, Random random) {
    String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
    int decimals = currency.equals("JPY") ? 0 : 2;
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    figures.put("revenue", BigDecimal.valueOf(1 + random.nextInt(90_000_000), decimals));
    figures.put("staff", BigDecimal.valueOf(1 + random.nextInt(30_000_000), decimals));
    figures.put("media", BigDecimal.valueOf(1 + random.nextInt(10_000_000), decimals));
    BudgetRow budget =
        PnlFixtures.aBudget()
            .on(account)
            .period(period)
            .revenue(figures.get("revenue").toPlainString(), currency);
    figures.forEach(
        (category, total) -> {
          if (!category.equals("revenue")) {
            budget.cost(category, total.toPlainString(), currency);
          }
        });
    budget.post(finance);
    YearMonth start =
        period.contains("Q")
            ? YearMonth.of(year, 1 + 3 * (period.charAt(period.length() - 1) - '1'))
            : YearMonth.of(year, 1);
    int months = period.contains("Q") ? 3 : 12;
    figures.forEach(
        (category, total) -> {
          BigDecimal share = total.divide(BigDecimal.valueOf(months), decimals, RoundingMode.DOWN);
          for (int i = 0; i < months; i++) {
            BigDecimal line =
                i < months - 1
                    ? share
                    : total.subtract(share.multiply(BigDecimal.valueOf(months - 1)));
            cells.add(new Cell(account, start.plusMonths(i), category, currency, true, line));
          }
        });
  }

  // ---- the brute force -------------------------------------------------------------------

  /**
   * The converted, rounded amounts of the cells matching `which`, per category; budget null if
   * none.
   */
  private Map<String, BigDecimal[]> expected(Predicate<Cell> which) {
    Map<String, BigDecimal> raw = new TreeMap<>();
    for (Cell c : cells) {
      if (which.test(c)) {
        raw.merge(
            c.account()
                + "|"
                + c.month()
                + "|"
                + c.category()
                + "|"
                + c.currency()
                + "|"
                + c.budget(),
            c.amount(),
            BigDecimal::add);
      }
    }
    Map<String, BigDecimal[]> sums = new HashMap<>();
    for (String category : CATEGORIES) {
      sums.put(category, new BigDecimal[] {BigDecimal.ZERO.setScale(2), null});
    }
    raw.forEach(
        (key, value) -> {
          String[] k = key.split("\\|");
          BigDecimal converted =
              value.multiply(rate(k[3], YearMonth.parse(k[1]))).setScale(2, RoundingMode.HALF_EVEN);
          BigDecimal[] slot = sums.get(k[2]);
          int i = Boolean.parseBoolean(k[4]) ? 1 : 0;
          slot[i] = slot[i] == null ? converted : slot[i].add(converted);
        });
    return sums;
  }

  private static String text(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  private static BigDecimal ratio(BigDecimal numerator, BigDecimal divisor) {
    return divisor == null || numerator == null || divisor.signum() == 0
        ? null
        : numerator.divide(divisor, 4, RoundingMode.HALF_EVEN);
  }

  /** Every figure of a P&L row against the brute force over the cells matching `which`. */
  private void assertRow(Map<String, Object> row, Predicate<Cell> which, String what) {
    Map<String, BigDecimal[]> sums = expected(which);
    BigDecimal revenue = sums.get("revenue")[0];
    BigDecimal totalCosts = BigDecimal.ZERO.setScale(2);
    BigDecimal budgetCosts = null;
    List<String> overrun = new ArrayList<>();
    Map<String, String> costs = new LinkedHashMap<>();
    for (String category : CATEGORIES.subList(1, CATEGORIES.size())) {
      BigDecimal[] slot = sums.get(category);
      costs.put(category, text(slot[0]));
      totalCosts = totalCosts.add(slot[0]);
      if (slot[1] != null) {
        budgetCosts = budgetCosts == null ? slot[1] : budgetCosts.add(slot[1]);
      }
    }
    for (String category : CATEGORIES.subList(1, CATEGORIES.size())) {
      BigDecimal[] slot = sums.get(category);
      // with any cost budget in the row, an unbudgeted category's budget is zero
      BigDecimal categoryBudget =
          slot[1] != null || budgetCosts == null ? slot[1] : BigDecimal.ZERO;
      if (categoryBudget != null && slot[0].compareTo(categoryBudget) > 0) {
        overrun.add(category);
      }
    }
    BigDecimal budgetRevenue = sums.get("revenue")[1];
    BigDecimal grossProfit = revenue.subtract(totalCosts);
    BigDecimal revenueVariance = budgetRevenue == null ? null : revenue.subtract(budgetRevenue);
    BigDecimal costsVariance = budgetCosts == null ? null : totalCosts.subtract(budgetCosts);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("revenue", text(revenue));
    expected.put("costs", costs);
    expected.put("totalCosts", text(totalCosts));
    expected.put("grossProfit", text(grossProfit));
    expected.put("margin", number(ratio(grossProfit, revenue)));
    Map<String, String> budget = new LinkedHashMap<>();
    budget.put("revenue", text(budgetRevenue));
    budget.put("costs", text(budgetCosts));
    expected.put("budget", budget);
    Map<String, Object> variance = new LinkedHashMap<>();
    variance.put("revenue", text(revenueVariance));
    variance.put("revenuePercent", number(ratio(revenueVariance, budgetRevenue)));
    variance.put("costs", text(costsVariance));
    variance.put("costsPercent", number(ratio(costsVariance, budgetCosts)));
    expected.put("variance", variance);
    expected.put(
        "costOverrun", (costsVariance != null && costsVariance.signum() > 0) || !overrun.isEmpty());
    expected.put("overrunCategories", overrun);
    assertThat(row.get("costOverrun"))
        .as(what + ": an overrun names its categories")
        .isEqualTo(!((List<?>) row.get("overrunCategories")).isEmpty());
    Map<String, Object> actual = new LinkedHashMap<>(row);
    actual.keySet().retainAll(expected.keySet());
    assertThat(normalise(actual)).as(what).isEqualTo(normalise(expected));
  }

  /** JSON numbers come back as floats or doubles: compare them as decimals. */
  private static Object normalise(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, normalise(v)));
      return out;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros();
    }
    return value;
  }

  private static Object number(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
  }

  /** GET /pnl as `caller` over months `from`..`to`, by `groupBy` (null: the default); a 200. */
  private static JsonPath company(TestStaff caller, String from, String to, String groupBy) {
    var request = Api.as(caller).queryParam("from", from).queryParam("to", to);
    if (groupBy != null) {
      request.queryParam("groupBy", groupBy);
    }
    return request.get("/api/v1/pnl").then().statusCode(200).extract().jsonPath();
  }

  // ---- the tests ---------------------------------------------------------------------------

  @Test
  void everyFigureMatchesABruteForce() {
    postLedger(2041, 240);
    UUID first = accounts.keySet().iterator().next();

    // one account, by month: every month of the range, empty ones too
    JsonPath monthly =
        Api.as(m1)
            .queryParam("from", year + "-01")
            .queryParam("to", year + "-12")
            .get("/api/v1/accounts/" + first + "/pnl")
            .then()
            .statusCode(200)
            .body("currency", equalTo("USD"))
            .body("granularity", equalTo("month"))
            .extract()
            .jsonPath();
    List<Map<String, Object>> rows = monthly.getList("rows");
    assertThat(rows).hasSize(12);
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(year, m);
      assertThat(rows.get(m - 1).get("period")).isEqualTo(month.toString());
      assertRow(
          rows.get(m - 1),
          c -> c.account().equals(first) && c.month().equals(month),
          "month " + month);
    }
    assertRow(monthly.getMap("total"), c -> c.account().equals(first), "account total");

    // by quarter: months fold into fiscal quarters exactly
    JsonPath quarterly =
        Api.as(finance)
            .queryParam("from", year + "-02")
            .queryParam("to", year + "-12")
            .queryParam("granularity", "quarter")
            .get("/api/v1/accounts/" + first + "/pnl")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(quarterly.getList("rows.period", String.class))
        .containsExactly(year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4");
    assertRow(
        quarterly.getMap("rows[0]"),
        c ->
            c.account().equals(first)
                && c.month().getMonthValue() >= 2
                && c.month().getMonthValue() <= 3,
        "Q1 cut to February and March");
    assertRow(
        quarterly.getMap("rows[2]"),
        c ->
            c.account().equals(first)
                && c.month().getMonthValue() >= 7
                && c.month().getMonthValue() <= 9,
        "Q3");

    // the company, as finance: every row of every grouping, and the total
    for (String groupBy : List.of("account", "director", "region", "month")) {
      JsonPath company = company(finance, year + "-01", year + "-12", groupBy);
      assertThat(company.getString("groupBy")).isEqualTo(groupBy);
      List<Map<String, Object>> companyRows = company.getList("rows");
      Set<String> expectedKeys =
          switch (groupBy) {
            case "account" ->
                accounts.keySet().stream().map(UUID::toString).collect(Collectors.toSet());
            case "director" -> Set.of(top.idString(), lead.idString(), "");
            case "region" -> Set.of("EMEA", "AMER", "");
            default ->
                java.util.stream.IntStream.rangeClosed(1, 12)
                    .mapToObj(m -> YearMonth.of(year, m).toString())
                    .collect(Collectors.toSet());
          };
      assertThat(companyRows)
          .extracting(r -> (String) r.get("key"))
          .as(groupBy)
          .containsExactlyInAnyOrderElementsOf(expectedKeys);
      for (Map<String, Object> row : companyRows) {
        String key = (String) row.get("key");
        Predicate<Cell> which =
            switch (groupBy) {
              case "account" -> c -> c.account().toString().equals(key);
              case "director" ->
                  c -> {
                    TestStaff director = accounts.get(c.account()).director();
                    return key.isEmpty()
                        ? director == null
                        : director != null && director.idString().equals(key);
                  };
              case "region" ->
                  c -> {
                    String region = accounts.get(c.account()).region();
                    return key.isEmpty() ? region == null : key.equals(region);
                  };
              default -> c -> c.month().toString().equals(key);
            };
        assertRow(row, which, groupBy + " " + key);
      }
      assertRow(company.getMap("total"), c -> true, groupBy + " total");
    }

    // March to November: the rolled-up year less January, February and December
    JsonPath partial = company(finance, year + "-03", year + "-11", "director");
    assertRow(
        partial.getMap("total"),
        c -> c.month().getMonthValue() >= 3 && c.month().getMonthValue() <= 11,
        "March to November");
    // April to December: the rolled-up year less January to March; the fourth account's budget
    // (first quarter only) is gone from the range, so its budget figures are null, not zero
    JsonPath lastThreeQuarters = company(finance, year + "-04", year + "-12", "account");
    for (Map<String, Object> row : lastThreeQuarters.<Map<String, Object>>getList("rows")) {
      String key = (String) row.get("key");
      assertRow(
          row,
          c -> c.account().toString().equals(key) && c.month().getMonthValue() >= 4,
          "April to December, account " + key);
    }
    UUID fourth = List.copyOf(accounts.keySet()).get(3);
    Map<String, Object> fourthRow =
        lastThreeQuarters.getMap("rows.find { it.key == '" + fourth + "' }");
    assertThat(fourthRow).isNotNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> fourthBudget = (Map<String, Object>) fourthRow.get("budget");
    assertThat(fourthBudget).containsEntry("revenue", null);
    // a new rate re-derives the yearly rollup
    YearMonth may = YearMonth.of(year, 5);
    Api.as(finance)
        .body("{\"currency\": \"EUR\", \"month\": \"" + may + "\", \"rate\": \"0.9137\"}")
        .put("/api/v1/exchange-rates/EUR/" + may)
        .then()
        .statusCode(200);
    rates.put("EUR " + may, new BigDecimal("0.9137"));
    for (String groupBy : List.of("account", "region")) {
      JsonPath company = company(finance, year + "-01", year + "-12", groupBy);
      assertRow(company.getMap("total"), c -> true, groupBy + " total after the new rate");
    }
  }

  @Test
  void directorsAndManagersSeeTheirAccountsOnly() {
    postLedger(2043, 60);
    JsonPath lead = company(this.lead, year + "-01", year + "-12", null);
    Set<UUID> team =
        accounts.values().stream()
            .filter(a -> a.director() == this.lead)
            .map(Owned::id)
            .collect(Collectors.toSet());
    assertThat(lead.getList("rows.key", String.class))
        .containsExactlyInAnyOrderElementsOf(team.stream().map(UUID::toString).toList());
    assertRow(lead.getMap("total"), c -> team.contains(c.account()), "the lead's team");

    JsonPath own = company(m2, year + "-01", year + "-12", "month");
    assertRow(
        own.getMap("total"), c -> accounts.get(c.account()).owner() == m2, "m2's own accounts");

    UUID lonersAccount =
        accounts.values().stream().filter(a -> a.owner() == loner).findFirst().orElseThrow().id();
    for (TestStaff outsider : List.of(this.lead, m1, m3)) {
      Api.as(outsider)
          .queryParam("from", year + "-01")
          .queryParam("to", year + "-12")
          .get("/api/v1/accounts/" + lonersAccount + "/pnl")
          .then()
          .statusCode(404);
    }
    Api.as(fixtures.staff("integration"))
        .queryParam("from", year + "-01")
        .queryParam("to", year + "-12")
        .get("/api/v1/pnl")
        .then()
        .statusCode(403);
  }

  @Test
  void csvHasTheSameRowsAndTheTotal() {
    postLedger(2044, 40);
    UUID first = accounts.keySet().iterator().next();
    JsonPath json =
        Api.as(finance)
            .queryParam("from", year + "-01")
            .queryParam("to", year + "-06")
            .get("/api/v1/accounts/" + first + "/pnl")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String csv =
        Api.as(finance)
            .accept("text/csv")
            .queryParam("from", year + "-01")
            .queryParam("to", year + "-06")
            .get("/api/v1/accounts/" + first + "/pnl")
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("key,name,period,currency,revenue,staff,third_party");
    assertThat(lines).hasSize(1 + 6 + 1);
    assertThat(lines.get(1))
        .startsWith(year + "-01,," + year + "-01,USD," + json.getString("rows[0].revenue") + ",");
    assertThat(lines.get(7)).startsWith("total,,,USD," + json.getString("total.revenue") + ",");
    Api.as(finance)
        .accept("text/csv")
        .queryParam("from", year + "-01")
        .queryParam("to", year + "-06")
        .queryParam("groupBy", "region")
        .get("/api/v1/pnl")
        .then()
        .statusCode(200)
        .body(containsString("EMEA,EMEA,,USD,"));
  }

  @Test
  void aMissingRateIsNamedAndBadParametersAreRefused() {
    UUID first = accounts.keySet().iterator().next();
    PnlFixtures.revenue().on(first).dated("2042-03-05").amount("10.00", "CHF").post(finance);
    Api.as(finance)
        .queryParam("from", "2042-01")
        .queryParam("to", "2042-12")
        .get("/api/v1/accounts/" + first + "/pnl")
        .then()
        .statusCode(422)
        .body("detail", containsString("CHF 2042-03"))
        .body("errors.message", hasItem("missing CHF 2042-03"));
    Api.as(finance)
        .queryParam("from", "2042-01")
        .queryParam("to", "2042-12")
        .get("/api/v1/pnl")
        .then()
        .statusCode(422)
        .body("detail", containsString("CHF 2042-03"));
    record Bad(String from, String to, String name, String value, String parameter) {}
    for (Bad b :
        List.of(
            new Bad(null, "2026-12", null, null, "from"),
            new Bad("2026-01", null, null, null, "to"),
            new Bad("2026-13", "2026-12", null, null, "from"),
            new Bad("2026-06", "2026-05", null, null, "to"),
            new Bad("2016-01", "2026-12", null, null, "to"),
            new Bad("2026-01", "2026-12", "granularity", "week", "granularity"))) {
      var request = Api.as(finance);
      if (b.from() != null) {
        request.queryParam("from", b.from());
      }
      if (b.to() != null) {
        request.queryParam("to", b.to());
      }
      if (b.name() != null) {
        request.queryParam(b.name(), b.value());
      }
      request
          .get("/api/v1/accounts/" + first + "/pnl")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem(b.parameter()));
    }
    Api.as(finance)
        .queryParam("from", "2026-01")
        .queryParam("to", "2026-12")
        .queryParam("groupBy", "planet")
        .get("/api/v1/pnl")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("groupBy"));
  }

  @Test
  void aSmallMonthAddsUpAsWorkedOutByHand() {
    // March 2048 at EUR 1.1 and GBP 1.25
    RateFixtures.rate("EUR", YearMonth.of(2048, 3), new BigDecimal("1.1"));
    RateFixtures.rate("GBP", YearMonth.of(2048, 3), new BigDecimal("1.25"));
    UUID account = accounts.keySet().iterator().next();
    PnlFixtures.revenue().on(account).dated("2048-03-05").amount("600.00", "EUR").post(finance);
    PnlFixtures.revenue().on(account).dated("2048-03-20").amount("400.15", "EUR").post(finance);
    PnlFixtures.cost("staff").on(account).dated("2048-03-06").amount("200.00", "USD").post(finance);
    PnlFixtures.cost("media").on(account).dated("2048-03-07").amount("300.00", "GBP").post(finance);
    EntryRow travel =
        PnlFixtures.cost("travel").on(account).dated("2048-03-08").amount("50.00", "USD");
    travel.reverse(finance, travel.post(finance), "2048-03-09");
    PnlFixtures.aBudget()
        .on(account)
        .period("2048-03")
        .revenue("1000.00", "USD")
        .cost("staff", "250.00", "USD")
        .cost("media", "250.00", "USD")
        .post(finance);

    JsonPath pnl =
        Api.as(finance)
            .queryParam("from", "2048-03")
            .queryParam("to", "2048-03")
            .get("/api/v1/accounts/" + account + "/pnl")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .setRootPath("total");
    // the month's EUR revenue is summed, then converted and rounded half-even once:
    // (600.00 + 400.15) x 1.1 = 1100.165 -> 1100.16 (half-up would give 1100.17)
    assertThat(pnl.getString("revenue")).isEqualTo("1100.16");
    // staff 200.00; media 300.00 GBP x 1.25 = 375.00; travel 50.00 - 50.00 = 0.00
    assertThat(pnl.getString("costs.staff")).isEqualTo("200.00");
    assertThat(pnl.getString("costs.media")).isEqualTo("375.00");
    assertThat(pnl.getString("costs.travel")).isEqualTo("0.00");
    // 200.00 + 375.00 = 575.00; gross profit 1100.16 - 575.00 = 525.16;
    // margin 525.16 / 1100.16 = 0.47735... = 0.4773
    assertThat(pnl.getString("totalCosts")).isEqualTo("575.00");
    assertThat(pnl.getString("grossProfit")).isEqualTo("525.16");
    assertThat(new BigDecimal(pnl.getString("margin")))
        .isEqualByComparingTo(new BigDecimal("0.4773"));
    // budget: revenue 1000.00, costs 250.00 + 250.00 = 500.00
    assertThat(pnl.getString("budget.revenue")).isEqualTo("1000.00");
    assertThat(pnl.getString("budget.costs")).isEqualTo("500.00");
    // variance: 1100.16 - 1000.00 = 100.16 (100.16 / 1000.00 = 0.10016 = 0.1002);
    // costs 575.00 - 500.00 = 75.00 (75.00 / 500.00 = 0.15)
    assertThat(pnl.getString("variance.revenue")).isEqualTo("100.16");
    assertThat(new BigDecimal(pnl.getString("variance.revenuePercent")))
        .isEqualByComparingTo(new BigDecimal("0.1002"));
    assertThat(pnl.getString("variance.costs")).isEqualTo("75.00");
    assertThat(new BigDecimal(pnl.getString("variance.costsPercent")))
        .isEqualByComparingTo(new BigDecimal("0.15"));
    // media spent 375.00 of 250.00; staff 200.00 of 250.00
    assertThat(pnl.getBoolean("costOverrun")).isTrue();
    assertThat(pnl.getList("overrunCategories")).containsExactly("media");
  }

  @Test
  void costsOverTheTotalBudgetNameTheUnbudgetedCategory() {
    UUID account = accounts.keySet().iterator().next();
    String base = "/api/v1/accounts/" + account;
    PnlFixtures.aBudget()
        .on(account)
        .period("2044-03")
        .cost("media", "1000.00", "USD")
        .post(finance);
    PnlFixtures.cost("media").on(account).dated("2044-03-10").amount("500.00", "USD").post(finance);
    PnlFixtures.cost("travel")
        .on(account)
        .dated("2044-03-10")
        .amount("800.00", "USD")
        .post(finance);
    // 1300 of costs against a budget of 1000, all of it media: travel (no budget) is the overrun
    Api.as(finance)
        .queryParam("from", "2044-03")
        .queryParam("to", "2044-03")
        .get(base + "/pnl")
        .then()
        .statusCode(200)
        .body("total.totalCosts", equalTo("1300.00"))
        .body("total.variance.costs", equalTo("300.00"))
        .body("total.costOverrun", equalTo(true))
        .body("total.overrunCategories", contains("travel"))
        .body("rows[0].overrunCategories", contains("travel"));
  }

  @Test
  void roundingIsHalfEvenAndTheRollupMatchesTheEntries() {
    assertThat(fixtures.text("select round_half_even(0.125, 2)::text")).isEqualTo("0.12");
    assertThat(fixtures.text("select round_half_even(0.135, 2)::text")).isEqualTo("0.14");
    assertThat(fixtures.text("select round_half_even(-0.125, 2)::text")).isEqualTo("-0.12");
    assertThat(fixtures.text("select round_half_even(2.5, 0)::text")).isEqualTo("2");
    assertThat(fixtures.text("select round_half_even(1.0051, 2)::text")).isEqualTo("1.01");
    postLedger(2045, 60);
    assertThat(
            fixtures.count(
                """
                select count(*) from (
                  select account_id, cast(date_trunc('month', entry_date) as date) as month, category, currency,
                         sum(amount) as amount, count(*) as entries
                  from pnl_entry where account_id = any(?1) group by 1, 2, 3, 4
                ) e full join (select * from pnl_month where account_id = any(?1)) m
                  using (account_id, month, category, currency)
                where e.amount is distinct from m.amount or e.entries is distinct from m.entries
                """,
                (Object) accounts.keySet().toArray(UUID[]::new)))
        .isZero();
  }
}
