package io.clientele.plan;

import io.clientele.support.Api;
import io.clientele.support.TestStaff;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Account plans made through the API, as a client makes them:
 * `PlanFixtures.aPlan().on(account).year(2027).kpi("{...}").create(manager)`, then
 * `PlanFixtures.activate(director, account, id)`. Defaults: fiscal year 2027, no objectives or
 * KPIs.
 */
public final class PlanFixtures {
  private PlanFixtures() {}

  public static PlanRow aPlan() {
    return new PlanRow();
  }

  public static String plans(UUID account) {
    return "/api/v1/accounts/" + account + "/plans";
  }

  public static String plan(UUID account, String planId) {
    return plans(account) + "/" + planId;
  }

  /** A manual KPI of `unit` with its target and actual (null for none). */
  public static String manualKpi(
      String name, String unit, String target, String actual, String direction) {
    return """
        {"name": "%s", "kind": "manual", "unit": "%s", "target": "%s", %s"direction": "%s"}
        """
        .formatted(
            name, unit, target, actual == null ? "" : "\"actual\": \"" + actual + "\", ", direction)
        .strip();
  }

  /** A revenue or won KPI with a money target. */
  public static String computedKpi(String name, String kind, String target) {
    return "{\"name\": \"%s\", \"kind\": \"%s\", \"unit\": \"money\", \"target\": \"%s\"}"
        .formatted(name, kind, target);
  }

  /** The plan after `move` (activate or close) by `by`, which must succeed. */
  public static JsonPath move(TestStaff by, UUID account, String planId, String move) {
    return Api.as(by)
        .post(plan(account, planId) + "/" + move)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  public static final class PlanRow {
    private UUID account;
    private int year = 2027;
    private String summary;
    private final List<String> objectives = new ArrayList<>();
    private final List<String> kpis = new ArrayList<>();

    private PlanRow() {}

    public PlanRow on(UUID account) {
      this.account = account;
      return this;
    }

    public PlanRow year(int year) {
      this.year = year;
      return this;
    }

    public PlanRow summary(String summary) {
      this.summary = summary;
      return this;
    }

    /** An objective as JSON. */
    public PlanRow objective(String json) {
      objectives.add(json);
      return this;
    }

    /** A KPI as JSON (see manualKpi, computedKpi). */
    public PlanRow kpi(String json) {
      kpis.add(json);
      return this;
    }

    public String body() {
      return "{\"fiscalYear\": %d%s, \"objectives\": [%s], \"kpis\": [%s]}"
          .formatted(
              year,
              summary == null ? "" : ", \"summary\": \"" + summary + "\"",
              String.join(", ", objectives),
              String.join(", ", kpis));
    }

    /** Creates the plan as `by`; its id. */
    public String create(TestStaff by) {
      return Api.as(by)
          .body(body())
          .post(plans(account))
          .then()
          .statusCode(201)
          .extract()
          .path("id");
    }
  }
}
