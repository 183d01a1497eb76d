package io.clientele.pnl;

import io.clientele.support.Api;
import io.clientele.support.TestStaff;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Revenue, costs and budgets, posted through the API as finance would (entries are append-only and
 * their rollups are kept by the database, so the API is the honest way in):
 * `PnlFixtures.revenue().on(account).dated("2044-03-10").amount("10.00", "EUR").post(finance)`,
 * `PnlFixtures.aBudget().on(account).period("2044-03").cost("media", "1000.00", "USD")
 * .post(finance)`.
 */
public final class PnlFixtures {
  private PnlFixtures() {}

  public static EntryRow revenue() {
    return new EntryRow("revenue");
  }

  /** A cost of `category` (staff, third_party, media, travel or other). */
  public static EntryRow cost(String category) {
    return new EntryRow(category);
  }

  public static BudgetRow aBudget() {
    return new BudgetRow();
  }

  private static String money(String amount, String currency) {
    return "{\"amount\": \"%s\", \"currency\": \"%s\"}".formatted(amount, currency);
  }

  public static final class EntryRow {
    private final String category;
    private UUID account;
    private String date = "2026-01-15";
    private String amount = "100.00";
    private String currency = "USD";

    private EntryRow(String category) {
      this.category = category;
    }

    public EntryRow on(UUID account) {
      this.account = account;
      return this;
    }

    public EntryRow dated(Object date) {
      this.date = date.toString();
      return this;
    }

    public EntryRow amount(String amount, String currency) {
      this.amount = amount;
      this.currency = currency;
      return this;
    }

    /** Posts the entry as `finance`; its id. */
    public String post(TestStaff finance) {
      String body =
          category.equals("revenue")
              ? "{\"date\": \"%s\", \"amount\": %s}".formatted(date, money(amount, currency))
              : "{\"date\": \"%s\", \"category\": \"%s\", \"amount\": %s}"
                  .formatted(date, category, money(amount, currency));
      return Api.as(finance).body(body).post(path()).then().statusCode(201).extract().path("id");
    }

    /** Reverses the entry `id` (posted by this row) on `date`. */
    public void reverse(TestStaff finance, String id, Object date) {
      Api.as(finance)
          .body("{\"date\": \"" + date + "\"}")
          .post(path() + "/" + id + "/reversal")
          .then()
          .statusCode(201);
    }

    private String path() {
      return "/api/v1/accounts/" + account + (category.equals("revenue") ? "/revenue" : "/costs");
    }
  }

  public static final class BudgetRow {
    private UUID account;
    private String period;
    private String revenue;
    private final Map<String, String> costs = new LinkedHashMap<>();

    private BudgetRow() {}

    public BudgetRow on(UUID account) {
      this.account = account;
      return this;
    }

    public BudgetRow period(String period) {
      this.period = period;
      return this;
    }

    public BudgetRow revenue(String amount, String currency) {
      this.revenue = money(amount, currency);
      return this;
    }

    public BudgetRow cost(String category, String amount, String currency) {
      costs.put(category, money(amount, currency));
      return this;
    }

    public void post(TestStaff finance) {
      String body =
          "{\"period\": \"%s\"%s, \"costs\": {%s}}"
              .formatted(
                  period,
                  revenue == null ? "" : ", \"revenue\": " + revenue,
                  costs.entrySet().stream()
                      .map(e -> "\"%s\": %s".formatted(e.getKey(), e.getValue()))
                      .collect(Collectors.joining(", ")));
      Api.as(finance)
          .body(body)
          .post("/api/v1/accounts/" + account + "/budgets")
          .then()
          .statusCode(201);
    }
  }
}
