package io.clientele.web;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.clientele.web.AuthorizationMatrixTest.Role;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The records the authorization matrix calls on: two teams (a director, their manager, and records
 * the manager owns), the company-wide callers, and fresh records for the calls that consume one.
 * Staff rows come from Fixtures, everything else through the API (as an admin, finance or the
 * team's director), as a client would make it. P&L entries and invoices are dated 1990 and deals
 * close in 2026-Q4 (in USD, the reporting currency: no rate is missing); reviews and quotas take
 * years no other test uses, so reports over those periods hold this world's records only.
 */
final class MatrixWorld {
  static final String API = "/api/v1";
  static final String SOURCE = "matrix";
  static final String FORECAST_PERIOD = "2026-Q4";
  static final String BOOKED = "1990-01-15";
  static final String DUE = "1990-02-14";
  static final String BOOKED_MONTH = "1990-01";
  static final String AGED_AT = "1990-03-31";
  static final String QUOTA_PERIOD = "2401";

  /** Keeps generated periods, months and keys apart across every call of the run. */
  private static final AtomicInteger COUNTER = new AtomicInteger();

  final Fixtures fixtures;
  final TestStaff admin;
  final TestStaff finance;
  final TestStaff executive;
  final TestStaff integration;

  /** Where the change feed stood before this world was built. */
  final String feedStart;

  final Team own;
  final Team other;
  private boolean reuse;

  /** One team: a director, a manager reporting to them, and the manager's records. */
  final class Team {
    final TestStaff director;
    final TestStaff manager;

    /** On the account's team: what GET .../team lists. */
    final TestStaff member;

    final String account;
    final String accountName;
    final String accountExternalId = Fixtures.unique("acc");
    final String contact;
    final String contactExternalId = Fixtures.unique("con");
    final String clientReview;
    final String deal;
    final String dealExternalId = Fixtures.unique("opp");
    final String revenue;
    final String cost;
    final String budget;
    final String issuedInvoice;
    final String draftInvoice;
    final String quota;
    final String activity;
    final String activityExternalId = Fixtures.unique("act");

    /** An open issue of the account, owned by the manager (the account's owner). */
    final String issue;

    final String issueExternalId = Fixtures.unique("case");

    /** Submitted: the manager (reviewee) sees it. */
    final String review;

    /** A draft of the manager's review: only the director and above see it. */
    final String draftReview;

    /** A draft plan of the account, for a year no other call plans. */
    final String plan;

    Team(String label) {
      director = fixtures.staff("director");
      manager = fixtures.staff("manager", director);
      member = fixtures.staff("manager");
      accountName = Fixtures.unique(label);
      account =
          create(
              admin,
              "/accounts",
              """
              {"name": "%s", "ownerId": "%s", "externalIds": [{"source": "%s", "externalId": "%s"}]}
              """
                  .formatted(accountName, manager.id(), SOURCE, accountExternalId));
      Api.as(admin)
          .body("{\"role\": \"strategist\"}")
          .put(API + "/accounts/" + account + "/team/" + member.id())
          .then()
          .statusCode(201);
      contact =
          create(
              admin,
              "/accounts/" + account + "/contacts",
              "{\"name\": \"Someone\", \"externalIds\": [%s]}"
                  .formatted(externalId(contactExternalId)));
      clientReview = create(admin, "/accounts/" + account + "/client-reviews", clientReviewBody());
      deal =
          create(
              admin,
              "/opportunities",
              dealBody(this, manager)
                  .replaceFirst(
                      "^\\{", "{\"externalIds\": [" + externalId(dealExternalId) + "], "));
      revenue = entry(this, "revenue");
      cost = entry(this, "costs");
      budget = budget(this);
      issuedInvoice = invoice(this, true);
      draftInvoice = invoice(this, false);
      quota = quota(this, QUOTA_PERIOD);
      issue =
          create(
              admin,
              "/accounts/" + account + "/issues",
              issueBody()
                  .replaceFirst(
                      "^\\{", "{\"externalIds\": [" + externalId(issueExternalId) + "], "));
      activity =
          create(
              admin,
              "/accounts/" + account + "/activities",
              activityBody(this)
                  .replaceFirst(
                      "^\\{", "{\"externalIds\": [" + externalId(activityExternalId) + "], "));
      Api.as(manager)
          .body(callBody())
          .post(API + "/forecasts/" + FORECAST_PERIOD + "/submissions")
          .then()
          .statusCode(201);
      review = submittedReview(this);
      draftReview = draftReview(this, manager);
      plan = create(admin, "/accounts/" + account + "/plans", planBody());
    }
  }

  MatrixWorld(Fixtures fixtures) {
    this.fixtures = fixtures;
    admin = fixtures.staff("admin");
    finance = fixtures.staff("finance");
    executive = fixtures.staff("executive");
    integration = fixtures.staff("integration");
    feedStart = feedEnd();
    own = new Team("Own");
    other = new Team("Other");
  }

  /**
   * Runs `calls` with the shared records standing in for fresh ones, for calls that never reach a
   * record (no token, no role): fresh ones would only be thrown away.
   */
  void reusingRecords(Runnable calls) {
    reuse = true;
    try {
      calls.run();
    } finally {
      reuse = false;
    }
  }

  TestStaff caller(Role role) {
    return switch (role) {
      case ADMIN -> admin;
      case DIRECTOR -> own.director;
      case MANAGER -> own.manager;
      case FINANCE -> finance;
      case EXECUTIVE -> executive;
      case INTEGRATION -> integration;
    };
  }

  static int next() {
    return COUNTER.incrementAndGet();
  }

  // ---- bodies

  static String externalId(String externalId) {
    return "{\"source\": \"%s\", \"externalId\": \"%s\"}".formatted(SOURCE, externalId);
  }

  static String accountBody(String name, TestStaff owner) {
    return "{\"name\": \"%s\", \"ownerId\": \"%s\"}".formatted(name, owner.id());
  }

  /**
   * A deal of the team's account closing in the forecast period, owned by `owner` (or the caller).
   */
  static String dealBody(Team team, TestStaff owner) {
    return """
        {"accountId": "%s", %s"name": "Deal", "stage": "proposal",
         "amount": {"amount": "10.00", "currency": "USD"}, "closeDate": "2026-12-01"}
        """
        .formatted(team.account, owner == null ? "" : "\"ownerId\": \"" + owner.id() + "\", ");
  }

  static String clientReviewBody() {
    return "{\"date\": \"2026-12-10\", \"period\": \"2026-Q4\", \"satisfaction\": 8}";
  }

  /** A call with the team's contact on the team's account. */
  static String activityBody(Team team) {
    return """
        {"type": "call", "at": "2026-11-03T09:00:00Z", "subject": "Matrix", "contactIds": ["%s"]}
        """
        .formatted(team.contact);
  }

  /** The same call as an upserted record, naming its account. */
  static String activityRecord(Team team) {
    return activityBody(team).replaceFirst("^\\{", "{\"accountId\": \"" + team.account + "\", ");
  }

  static String money(String amount) {
    return "{\"amount\": \"%s\", \"currency\": \"USD\"}".formatted(amount);
  }

  static String callBody() {
    return "{\"commit\": %s, \"bestCase\": %s}".formatted(money("1.00"), money("2.00"));
  }

  static String entryBody(String ledger) {
    return ledger.equals("revenue")
        ? "{\"date\": \"%s\", \"amount\": %s}".formatted(BOOKED, money("10.00"))
        : "{\"date\": \"%s\", \"category\": \"travel\", \"amount\": %s}"
            .formatted(BOOKED, money("10.00"));
  }

  /** A budget of a month no other call has used, so an account's budgets never overlap. */
  static String budgetBody() {
    return "{\"period\": \"%s\", \"revenue\": %s}"
        .formatted(java.time.YearMonth.of(2050, 1).plusMonths(next()), money("10.00"));
  }

  static String invoiceBody(Team team) {
    return """
        {"number": "%s", "accountId": "%s", "issueDate": "%s", "dueDate": "%s", "amount": %s}
        """
        .formatted(Fixtures.unique("INV"), team.account, BOOKED, DUE, money("100.00"));
  }

  /** An issue to raise on an account (its owner owns it). */
  static String issueBody() {
    return "{\"title\": \"Late creative\", \"severity\": \"high\", \"category\": \"delivery\"}";
  }

  /** A quota period no other call has used (years from 2500 on). */
  static String freshQuotaPeriod() {
    return String.valueOf(2500 + next());
  }

  /** A review cycle no other call has used (years from 2101 on). */
  static String freshCycle() {
    return String.valueOf(2100 + next());
  }

  /** A plan of a fiscal year no other call has planned (years from 2000 on). */
  static String planBody() {
    return "{\"fiscalYear\": %d, \"summary\": \"Matrix\"}".formatted(2000 + next());
  }

  // ---- records, as the API makes them

  String create(TestStaff as, String path, String body) {
    return Api.as(as).body(body).post(API + path).then().statusCode(201).extract().path("id");
  }

  String account(Team team) {
    if (reuse) {
      return team.account;
    }
    return create(admin, "/accounts", accountBody(Fixtures.unique("Fresh"), team.manager));
  }

  String contact(Team team) {
    if (reuse) {
      return team.contact;
    }
    return create(admin, "/accounts/" + team.account + "/contacts", "{\"name\": \"Fresh\"}");
  }

  String clientReview(Team team) {
    if (reuse) {
      return team.clientReview;
    }
    return create(admin, "/accounts/" + team.account + "/client-reviews", clientReviewBody());
  }

  String deal(Team team) {
    if (reuse) {
      return team.deal;
    }
    return create(admin, "/opportunities", dealBody(team, team.manager));
  }

  String activity(Team team) {
    if (reuse) {
      return team.activity;
    }
    return create(admin, "/accounts/" + team.account + "/activities", activityBody(team));
  }

  String entry(Team team, String ledger) {
    if (reuse) {
      return ledger.equals("revenue") ? team.revenue : team.cost;
    }
    return create(finance, "/accounts/" + team.account + "/" + ledger, entryBody(ledger));
  }

  String budget(Team team) {
    if (reuse) {
      return team.budget;
    }
    return create(finance, "/accounts/" + team.account + "/budgets", budgetBody());
  }

  String invoice(Team team, boolean issued) {
    if (reuse) {
      return issued ? team.issuedInvoice : team.draftInvoice;
    }
    String id = create(finance, "/invoices", invoiceBody(team));
    if (issued) {
      Api.as(finance).post(API + "/invoices/" + id + "/issue").then().statusCode(200);
    }
    return id;
  }

  String quota(Team team, String period) {
    if (reuse) {
      return team.quota;
    }
    return create(
        admin,
        "/quotas",
        "{\"staffId\": \"%s\", \"period\": \"%s\", \"amount\": %s}"
            .formatted(team.manager.id(), period, money("100.00")));
  }

  /** A fresh issue of the team's account, taken to `status` (open, or resolved) by an admin. */
  String issue(Team team, String status) {
    if (reuse) {
      return team.issue;
    }
    String id = create(admin, "/accounts/" + team.account + "/issues", issueBody());
    if (status.equals("resolved")) {
      Api.as(admin)
          .body("{\"resolution\": \"Fixed\"}")
          .post(API + "/issues/" + id + "/resolve")
          .then()
          .statusCode(200);
    }
    return id;
  }

  /** Someone new on the team's account: a call may take them off it. */
  String teamMember(Team team) {
    if (reuse) {
      return team.member.idString();
    }
    TestStaff member = fixtures.staff("manager");
    Api.as(admin)
        .body("{\"role\": \"support\"}")
        .put(API + "/accounts/" + team.account + "/team/" + member.id())
        .then()
        .statusCode(201);
    return member.idString();
  }

  /** A draft the director wrote of `reviewee` (in a fresh cycle). */
  String draftReview(Team team, TestStaff reviewee) {
    return create(
        team.director,
        "/reviews",
        "{\"revieweeId\": \"%s\", \"cycle\": \"%s\"}".formatted(reviewee.id(), freshCycle()));
  }

  /** A draft of someone new below the director: nobody but the director and above sees it. */
  String draftReviewOfANewcomer(Team team) {
    if (reuse) {
      return team.draftReview;
    }
    return draftReview(team, fixtures.staff("manager", team.director));
  }

  /** The director's review of the manager, submitted: the manager may acknowledge it. */
  String submittedReview(Team team) {
    if (reuse) {
      return team.review;
    }
    String id = draftReview(team, team.manager);
    Api.as(team.director).post(API + "/reviews/" + id + "/submit").then().statusCode(200);
    return id;
  }

  /**
   * The manager's review of someone below them, acknowledged: the director above the manager may
   * close it, the manager (its reviewer) may not.
   */
  String acknowledgedReview(Team team) {
    if (reuse) {
      return team.review;
    }
    TestStaff reviewee = fixtures.staff("manager", team.manager);
    String id =
        create(
            team.director,
            "/reviews",
            "{\"revieweeId\": \"%s\", \"reviewerId\": \"%s\", \"cycle\": \"%s\"}"
                .formatted(reviewee.id(), team.manager.id(), freshCycle()));
    Api.as(team.manager).post(API + "/reviews/" + id + "/submit").then().statusCode(200);
    Api.as(reviewee)
        .body("{\"comment\": \"Fair\"}")
        .post(API + "/reviews/" + id + "/acknowledge")
        .then()
        .statusCode(200);
    return id;
  }

  /** A fresh draft plan of the team's account, or an active one (activated by an admin). */
  String plan(Team team, boolean active) {
    if (reuse) {
      return team.plan;
    }
    String id = create(admin, "/accounts/" + team.account + "/plans", planBody());
    if (active) {
      Api.as(admin)
          .post(API + "/accounts/" + team.account + "/plans/" + id + "/activate")
          .then()
          .statusCode(200);
    }
    return id;
  }

  String stage() {
    if (reuse) {
      return "proposal";
    }
    String key = "matrix_" + next();
    Api.as(admin)
        .body(
            "{\"key\": \"%s\", \"label\": \"Matrix\", \"position\": 9000, \"defaultProbability\": 1, \"forecastCategory\": \"pipeline\"}"
                .formatted(key))
        .post(API + "/pipeline/stages")
        .then()
        .statusCode(201);
    return key;
  }

  /** The cursor after the last change so far: the feed from here holds this world's changes. */
  private String feedEnd() {
    String cursor = null;
    while (true) {
      var spec = Api.as(admin).queryParam("limit", 1000);
      if (cursor != null) {
        spec.queryParam("after", cursor);
      }
      var page = spec.get(API + "/changes").then().statusCode(200).extract().jsonPath();
      cursor = page.getString("nextCursor");
      if (page.getList("items").isEmpty()) {
        return cursor;
      }
    }
  }
}
