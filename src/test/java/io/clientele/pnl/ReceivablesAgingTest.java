package io.clientele.pnl;

import static io.clientele.account.AccountFixtures.anAccount;
import static io.clientele.pnl.InvoiceFixtures.anInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.clientele.fx.RateFixtures;
import io.clientele.pnl.InvoiceFixtures.InvoiceRow;
import io.clientele.pnl.InvoiceFixtures.Payment;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Aging against a brute force: random invoices in three currencies, with partial payments, voids
 * and write-offs dated before and after the day aged at, recomputed here invoice by invoice.
 */
@QuarkusTest
class ReceivablesAgingTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 9, 30);
  static final Map<String, BigDecimal> RATES =
      Map.of("EUR", new BigDecimal("1.0871"), "GBP", new BigDecimal("1.264333"));

  @Inject Fixtures fixtures;
  TestStaff director;
  TestStaff manager;
  List<UUID> accounts;

  final List<InvoiceRow> bills = new ArrayList<>();

  @BeforeEach
  void world() {
    director = fixtures.staff("director");
    manager = fixtures.staff("manager", director);
    accounts = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      accounts.add(anAccount().ownedBy(manager).create());
    }
    RateFixtures.rates(RATES, YearMonth.of(2025, 6), YearMonth.of(2026, 11));
  }

  /** Random invoices written as they stand (their workflow has its own tests), with payments. */
  private void invoices(long seed, int count) {
    Random random = new Random(seed);
    String[] currencies = {"USD", "EUR", "GBP"};
    for (int i = 0; i < count; i++) {
      UUID account = accounts.get(random.nextInt(accounts.size()));
      LocalDate issued = AS_OF.minusDays(random.nextInt(300) - 30);
      LocalDate due = issued.plusDays(random.nextInt(4) * 15);
      BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(9_000_000), 2);
      String currency = currencies[random.nextInt(3)];
      InvoiceRow bill = anInvoice().on(account).issued(issued).due(due).amount(amount, currency);
      BigDecimal paid = BigDecimal.ZERO;
      int parts = random.nextInt(3);
      for (int p = 0; p < parts; p++) {
        BigDecimal part = amount.subtract(paid).divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        LocalDate day = issued.plusDays(random.nextInt(120));
        if (part.signum() > 0 && !day.isAfter(LocalDate.of(2026, 11, 24))) {
          bill.paid(day, part);
          paid = paid.add(part);
        }
      }
      int fate = random.nextInt(10);
      if (fate == 0) {
        bill.status("draft").unpaid();
      } else if (fate <= 2 && paid.signum() == 0) {
        bill.status("void").closedOn(issued.plusDays(random.nextInt(90)));
      } else if (fate <= 4) {
        bill.status("written_off").closedOn(issued.plusDays(random.nextInt(150)));
      } else if (fate <= 6) {
        LocalDate last = issued.plusDays(random.nextInt(100));
        bill.paid(last, amount.subtract(paid));
        bill.status("paid")
            .closedOn(
                bill.payments().stream()
                    .map(Payment::date)
                    .max(Comparator.naturalOrder())
                    .orElseThrow());
      }
      bill.create();
      bills.add(bill);
    }
  }

  /** The manager's aging as of `day`. */
  private JsonPath agedAt(String day) {
    return Api.as(manager)
        .queryParam("asOf", day)
        .get("/api/v1/receivables/aging")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static BigDecimal convert(BigDecimal amount, String currency) {
    BigDecimal rate = currency.equals("USD") ? BigDecimal.ONE : RATES.get(currency);
    return amount.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** current, 1-30, 31-60, 61-90, 90+, sales of the bills of `account` (all when null). */
  private BigDecimal[] expected(UUID account) {
    BigDecimal[] sums = new BigDecimal[6];
    java.util.Arrays.fill(sums, BigDecimal.ZERO.setScale(2));
    for (InvoiceRow b : bills) {
      if ((account != null && !b.account().equals(account))
          || b.status().equals("draft")
          || b.issued().isAfter(AS_OF)) {
        continue;
      }
      boolean closedByThen =
          (b.status().equals("void") || b.status().equals("written_off"))
              && !b.closedOn().isAfter(AS_OF);
      BigDecimal paid =
          b.payments().stream()
              .filter(p -> !p.date().isAfter(AS_OF))
              .map(Payment::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal outstanding = closedByThen ? BigDecimal.ZERO : b.amount().subtract(paid);
      boolean inWindow =
          b.issued().isAfter(AS_OF.minusDays(90)) && !(b.status().equals("void") && closedByThen);
      long days = ChronoUnit.DAYS.between(b.due(), AS_OF);
      int bucket = days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
      sums[bucket] = sums[bucket].add(convert(outstanding, b.currency()));
      if (inWindow) {
        sums[5] = sums[5].add(convert(b.amount(), b.currency()));
      }
    }
    return sums;
  }

  private static void assertRow(Map<String, Object> row, BigDecimal[] sums, String what) {
    BigDecimal total = sums[0].add(sums[1]).add(sums[2]).add(sums[3]).add(sums[4]);
    assertThat(row.get("current")).as(what).isEqualTo(sums[0].toPlainString());
    assertThat(row.get("days1To30")).as(what).isEqualTo(sums[1].toPlainString());
    assertThat(row.get("days31To60")).as(what).isEqualTo(sums[2].toPlainString());
    assertThat(row.get("days61To90")).as(what).isEqualTo(sums[3].toPlainString());
    assertThat(row.get("days90Plus")).as(what).isEqualTo(sums[4].toPlainString());
    assertThat(row.get("total")).as(what).isEqualTo(total.toPlainString());
    assertThat(row.get("sales")).as(what).isEqualTo(sums[5].toPlainString());
    BigDecimal dso =
        sums[5].signum() == 0
            ? null
            : total.multiply(BigDecimal.valueOf(90)).divide(sums[5], 1, RoundingMode.HALF_EVEN);
    Object actualDso = row.get("dso");
    assertThat(
            actualDso == null
                ? null
                : new BigDecimal(actualDso.toString()).setScale(1, RoundingMode.UNNECESSARY))
        .as(what + " dso")
        .isEqualTo(dso);
  }

  @Test
  void bucketsDsoAndLongOutstandingMatchABruteForce() {
    invoices(20260930L, 160);
    JsonPath report =
        Api.as(manager)
            .queryParam("asOf", AS_OF.toString())
            .get("/api/v1/receivables/aging")
            .then()
            .statusCode(200)
            .body("currency", equalTo("USD"))
            .body("dsoWindowDays", equalTo(90))
            .extract()
            .jsonPath();
    List<Map<String, Object>> rows = report.getList("rows");
    for (Map<String, Object> row : rows) {
      UUID account = UUID.fromString((String) row.get("key"));
      assertThat(accounts).contains(account);
      assertRow(row, expected(account), "account " + account);
    }
    assertRow(report.getMap("total"), expected(null), "total");

    List<InvoiceRow> overdue = new ArrayList<>();
    for (InvoiceRow b : bills) {
      boolean closedByThen =
          (b.status().equals("void") || b.status().equals("written_off"))
              && !b.closedOn().isAfter(AS_OF);
      BigDecimal paid =
          b.payments().stream()
              .filter(p -> !p.date().isAfter(AS_OF))
              .map(Payment::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (!b.status().equals("draft")
          && !b.issued().isAfter(AS_OF)
          && !closedByThen
          && b.amount().subtract(paid).signum() > 0
          && ChronoUnit.DAYS.between(b.due(), AS_OF) > 90) {
        overdue.add(b);
      }
    }
    assertThat(overdue).isNotEmpty();
    assertThat(report.getLong("longOutstandingCount")).isEqualTo(overdue.size());
    assertThat(report.getList("longOutstanding.invoiceId", String.class))
        .containsExactlyInAnyOrderElementsOf(overdue.stream().map(b -> b.id().toString()).toList());
    List<Integer> days = report.getList("longOutstanding.daysPastDue", Integer.class);
    assertThat(days).isSortedAccordingTo(Comparator.reverseOrder()).allMatch(d -> d > 90);

    // the director above sees the same accounts in one row of their own
    JsonPath byDirector =
        Api.as(director)
            .queryParam("asOf", AS_OF.toString())
            .queryParam("groupBy", "director")
            .get("/api/v1/receivables/aging")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(byDirector.getList("rows.key", String.class)).containsExactly(director.idString());
    assertRow(byDirector.getMap("rows[0]"), expected(null), "director row");
  }

  @Test
  void aFewInvoicesAgeAsWorkedOutByHand() {
    // aged at 30 September 2026; EUR at 1.0871, GBP at 1.264333; sales over the 90 days after
    // 2 July
    UUID first = accounts.get(0);
    anInvoice().on(first).issued("2026-09-10").due("2026-10-10").amount("1000.00", "USD").create();
    anInvoice()
        .on(first)
        .issued("2026-08-01")
        .due("2026-08-31")
        .amount("500.00", "EUR")
        .paid("2026-09-15", "200.00")
        .create();
    anInvoice().on(first).issued("2026-07-15").due("2026-08-15").amount("400.00", "USD").create();
    anInvoice().on(first).issued("2026-06-01").due("2026-07-15").amount("250.00", "USD").create();
    anInvoice()
        .on(accounts.get(1))
        .issued("2026-05-01")
        .due("2026-06-15")
        .amount("100.00", "GBP")
        .create();
    anInvoice()
        .on(first)
        .issued("2026-08-10")
        .due("2026-09-10")
        .amount("300.00", "USD")
        .paid("2026-09-20", "300.00")
        .status("paid")
        .closedOn("2026-09-20")
        .create();
    // none of these: voided by then, a draft, issued after the day
    anInvoice()
        .on(first)
        .issued("2026-09-01")
        .amount("999.00", "USD")
        .status("void")
        .closedOn("2026-09-05")
        .create();
    anInvoice().on(first).issued("2026-09-01").amount("888.00", "USD").status("draft").create();
    anInvoice().on(first).issued("2026-10-01").amount("777.00", "USD").create();

    JsonPath report = agedAt(AS_OF.toString());
    // due 10 Oct: not yet due, 1000.00
    assertThat(report.getString("total.current")).isEqualTo("1000.00");
    // due 31 Aug, 30 days: (500.00 - 200.00) EUR x 1.0871 = 326.13 (the paid one owes 0.00)
    assertThat(report.getString("total.days1To30")).isEqualTo("326.13");
    // due 15 Aug, 16 + 30 = 46 days: 400.00
    assertThat(report.getString("total.days31To60")).isEqualTo("400.00");
    // due 15 Jul, 16 + 31 + 30 = 77 days: 250.00
    assertThat(report.getString("total.days61To90")).isEqualTo("250.00");
    // due 15 Jun, 15 + 31 + 31 + 30 = 107 days: 100.00 GBP x 1.264333 = 126.4333 = 126.43
    assertThat(report.getString("total.days90Plus")).isEqualTo("126.43");
    // 1000.00 + 326.13 + 400.00 + 250.00 + 126.43 = 2102.56
    assertThat(report.getString("total.total")).isEqualTo("2102.56");
    // issued since 2 July: 1000.00 + 500.00 EUR x 1.0871 + 400.00 + 300.00
    // = 1000.00 + 543.55 + 400.00 + 300.00 = 2243.55
    assertThat(report.getString("total.sales")).isEqualTo("2243.55");
    // DSO: 2102.56 x 90 / 2243.55 = 84.344... = 84.3
    assertThat(new BigDecimal(report.getString("total.dso")))
        .isEqualByComparingTo(new BigDecimal("84.3"));
    assertThat(report.getLong("longOutstandingCount")).isEqualTo(1);
    assertThat(report.getList("longOutstanding.daysPastDue", Integer.class)).containsExactly(107);
  }

  @Test
  void theDayAgedAtDecidesWhatWasOwed() {
    // issued 1 March, due 31 March, half paid 10 May, written off 1 August
    anInvoice()
        .on(accounts.get(0))
        .issued("2026-03-01")
        .due("2026-03-31")
        .amount("1000", "USD")
        .paid("2026-05-10", "500")
        .status("written_off")
        .closedOn("2026-08-01")
        .create();
    record Seen(String asOf, String bucket, String amount) {}
    for (Seen seen :
        List.of(
            new Seen("2026-02-28", null, null),
            new Seen("2026-03-31", "current", "1000.00"),
            new Seen("2026-04-15", "days1To30", "1000.00"),
            new Seen("2026-05-10", "days31To60", "500.00"),
            new Seen("2026-07-15", "days90Plus", "500.00"),
            new Seen("2026-08-01", null, null))) {
      JsonPath report = agedAt(seen.asOf());
      if (seen.bucket() == null) {
        assertThat(report.getString("total.total")).as(seen.asOf()).isEqualTo("0.00");
      } else {
        assertThat(report.getString("total." + seen.bucket()))
            .as(seen.asOf())
            .isEqualTo(seen.amount());
        assertThat(report.getString("total.total")).as(seen.asOf()).isEqualTo(seen.amount());
      }
    }
  }

  @Test
  void missingRatesAndBadParametersAreRefusedAndOutsidersSeeNothing() {
    anInvoice()
        .on(accounts.get(0))
        .issued("2026-09-01")
        .due("2026-09-30")
        .amount("10", "CHF")
        .create();
    Api.as(manager)
        .queryParam("asOf", AS_OF.toString())
        .get("/api/v1/receivables/aging")
        .then()
        .statusCode(422)
        .body("detail", containsString("CHF 2026-09"));
    Api.as(manager)
        .queryParam("asOf", "yesterday")
        .get("/api/v1/receivables/aging")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("asOf"));
    Api.as(manager)
        .queryParam("groupBy", "region")
        .get("/api/v1/receivables/aging")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("groupBy"));
    TestStaff outsider = fixtures.staff("manager");
    Api.as(outsider)
        .get("/api/v1/receivables/aging")
        .then()
        .statusCode(200)
        .body("rows.size()", equalTo(0))
        .body("total.total", equalTo("0.00"));
    Api.as(fixtures.staff("integration")).get("/api/v1/receivables/aging").then().statusCode(403);
  }
}
