package io.clientele.web;

import static io.clientele.web.AuthorizationMatrixTest.Answer.FORBIDDEN;
import static io.clientele.web.AuthorizationMatrixTest.Answer.HIDDEN;
import static io.clientele.web.AuthorizationMatrixTest.Answer.INVALID;
import static io.clientele.web.AuthorizationMatrixTest.Answer.NOT_FOUND;
import static io.clientele.web.AuthorizationMatrixTest.Answer.OK;
import static io.clientele.web.AuthorizationMatrixTest.Role.ADMIN;
import static io.clientele.web.AuthorizationMatrixTest.Role.DIRECTOR;
import static io.clientele.web.AuthorizationMatrixTest.Role.EXECUTIVE;
import static io.clientele.web.AuthorizationMatrixTest.Role.FINANCE;
import static io.clientele.web.AuthorizationMatrixTest.Role.INTEGRATION;
import static io.clientele.web.AuthorizationMatrixTest.Role.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.Tokens;
import io.clientele.web.MatrixRequests.Request;
import io.clientele.web.MatrixRequests.Sent;
import io.clientele.web.MatrixWorld.Team;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the committed contract, called by every role on a record of the caller's own
 * team and on one of another team, against the answer the security model gives (README "How the API
 * behaves", DESIGN "Security model"): a role that may not call an operation at all gets 403, a
 * record the caller may not see is a 404, a list never shows a row of a team the caller may not
 * see. The table below is the whole rule book; an operation the contract has and the table does not
 * (or the other way round) fails the build, so no endpoint ships without its rule.
 *
 * <p>The callers (MatrixWorld): an admin, finance, an executive and an integration see every
 * record; the director heads the own team, whose manager owns its records; the other team has its
 * own director and manager. Requests (MatrixRequests) build a fresh record for every call that
 * consumes one.
 */
@QuarkusTest
class AuthorizationMatrixTest {

  /** The roles of the security model, as the token's `groups` carry them. */
  enum Role {
    ADMIN(true),
    DIRECTOR(false),
    MANAGER(false),
    FINANCE(true),
    EXECUTIVE(true),
    INTEGRATION(true);

    /** Sees every team's records (DESIGN: admin, finance, executive, integration). */
    final boolean seesEveryTeam;

    Role(boolean seesEveryTeam) {
      this.seesEveryTeam = seesEveryTeam;
    }

    String group() {
      return name().toLowerCase();
    }
  }

  /** What a call answers. */
  enum Answer {
    /** The operation's success status (a 2xx of the contract); a list shows the record. */
    OK,
    /** A list answers, without the record. */
    HIDDEN,
    FORBIDDEN,
    NOT_FOUND,
    /**
     * 422: a record named in the body is one the caller may not use, exactly like a missing one.
     */
    INVALID
  }

  enum Side {
    OWN_TEAM,
    OTHER_TEAM
  }

  private static final Role[] ALL = Role.values();
  private static final Role[] WRITERS = {ADMIN, DIRECTOR, MANAGER, INTEGRATION};
  private static final Role[] FINANCE_READERS = {ADMIN, DIRECTOR, MANAGER, FINANCE, EXECUTIVE};
  private static final Role[] FINANCE_WRITERS = {ADMIN, FINANCE};
  private static final Role[] REVIEW_READERS = {ADMIN, DIRECTOR, MANAGER, EXECUTIVE};

  // One line per operation. A rule says which roles get the operation's success on their own
  // team's record (`only`), which may call it but are refused this record or move (`refused`: 403)
  // or do not see the record at all (`unseen`: 404, or a list without it); every other role may
  // not call it (403). `otherTeam` is the answer a director or manager gets for another team's
  // record when they are not refused by role; without it the team makes no difference.
  static final List<Rule> TABLE =
      List.of(
          // staff: a directory everyone reads
          rule("GET /me", only(ALL)),
          list("GET /staff", only(ALL)),
          rule("GET /staff/{id}", only(ALL)),
          list("GET /staff/{id}/reports", only(ALL)),
          rule("POST /staff", only(ADMIN)),
          rule("PATCH /staff/{id}", only(ADMIN)),
          // accounts, contacts, account teams
          list("GET /accounts", only(ALL), otherTeam(HIDDEN)),
          rule("POST /accounts", only(WRITERS), otherTeam(INVALID)),
          rule("GET /accounts/{id}", only(ALL), otherTeam(NOT_FOUND)),
          rule("PATCH /accounts/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("DELETE /accounts/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          list("GET /accounts/{id}/contacts", only(ALL), otherTeam(NOT_FOUND)),
          rule("POST /accounts/{id}/contacts", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("GET /contacts/{id}", only(ALL), otherTeam(NOT_FOUND)),
          rule("PATCH /contacts/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("DELETE /contacts/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          list("GET /accounts/{id}/team", only(ALL), otherTeam(NOT_FOUND)),
          rule("PUT /accounts/{id}/team/{staffId}", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("DELETE /accounts/{id}/team/{staffId}", only(WRITERS), otherTeam(NOT_FOUND)),
          // client reviews follow their account, as its team does: everyone reads what they may
          // see of it, whoever writes the account (integrations too) writes them
          list("GET /accounts/{id}/client-reviews", only(ALL), otherTeam(NOT_FOUND)),
          rule("POST /accounts/{id}/client-reviews", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("GET /client-reviews/{id}", only(ALL), otherTeam(NOT_FOUND)),
          rule("PATCH /client-reviews/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("DELETE /client-reviews/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("GET /accounts/{id}/satisfaction", only(ALL), otherTeam(NOT_FOUND)),
          // pipeline
          list("GET /opportunities", only(ALL), otherTeam(HIDDEN)),
          rule("POST /opportunities", only(WRITERS), otherTeam(INVALID)),
          rule("GET /opportunities/{id}", only(ALL), otherTeam(NOT_FOUND)),
          rule("PATCH /opportunities/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("DELETE /opportunities/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("GET /opportunities/{id}/history", only(ALL), otherTeam(NOT_FOUND)),
          rule("GET /pipeline/summary", only(ALL), otherTeam(NOT_FOUND)),
          rule("GET /pipeline/stages", only(ALL)),
          rule("POST /pipeline/stages", only(ADMIN)),
          rule("GET /pipeline/stages/{key}", only(ALL)),
          rule("PATCH /pipeline/stages/{key}", only(ADMIN)),
          rule("DELETE /pipeline/stages/{key}", only(ADMIN)),
          rule("GET /exchange-rates", only(ALL)),
          rule("POST /exchange-rates", only(ADMIN, FINANCE)),
          rule("PUT /exchange-rates/{currency}/{month}", only(ADMIN, FINANCE)),
          // forecasts and quotas: a staff member's figures are theirs and their managers'
          rule("GET /forecasts/{period}", only(ALL), otherTeam(NOT_FOUND)),
          rule("GET /forecasts/accuracy", only(ALL), otherTeam(NOT_FOUND)),
          rule("POST /forecasts/{period}/submissions", only(DIRECTOR, MANAGER)),
          rule("GET /forecasts/{period}/submissions", only(ALL), otherTeam(NOT_FOUND)),
          rule("POST /forecasts/{period}/adjustments", only(ADMIN, DIRECTOR), otherTeam(INVALID)),
          rule("GET /forecasts/{period}/adjustments", only(ALL), otherTeam(NOT_FOUND)),
          rule("POST /forecasts/{period}/snapshots", only(ADMIN, DIRECTOR)),
          rule("GET /forecasts/{period}/snapshots", only(ALL), otherTeam(NOT_FOUND)),
          list("GET /quotas", only(ALL), otherTeam(HIDDEN)),
          rule("POST /quotas", only(ADMIN, DIRECTOR), otherTeam(INVALID)),
          rule("PUT /quotas/periods/{period}", only(ADMIN, DIRECTOR), otherTeam(INVALID)),
          rule("GET /quotas/{id}", only(ALL), otherTeam(NOT_FOUND)),
          rule("PATCH /quotas/{id}", only(ADMIN, DIRECTOR), otherTeam(NOT_FOUND)),
          rule("DELETE /quotas/{id}", only(ADMIN, DIRECTOR), otherTeam(NOT_FOUND)),
          // P&L: read by everyone but integrations, written by finance
          list("GET /accounts/{id}/revenue", only(FINANCE_READERS), otherTeam(NOT_FOUND)),
          rule("POST /accounts/{id}/revenue", only(FINANCE_WRITERS)),
          rule("GET /accounts/{id}/revenue/{entryId}", only(FINANCE_READERS), otherTeam(NOT_FOUND)),
          rule("POST /accounts/{id}/revenue/{entryId}/reversal", only(FINANCE_WRITERS)),
          list("GET /accounts/{id}/costs", only(FINANCE_READERS), otherTeam(NOT_FOUND)),
          rule("POST /accounts/{id}/costs", only(FINANCE_WRITERS)),
          rule("GET /accounts/{id}/costs/{entryId}", only(FINANCE_READERS), otherTeam(NOT_FOUND)),
          rule("POST /accounts/{id}/costs/{entryId}/reversal", only(FINANCE_WRITERS)),
          list("GET /accounts/{id}/budgets", only(FINANCE_READERS), otherTeam(NOT_FOUND)),
          rule("POST /accounts/{id}/budgets", only(FINANCE_WRITERS)),
          rule(
              "GET /accounts/{id}/budgets/{budgetId}", only(FINANCE_READERS), otherTeam(NOT_FOUND)),
          rule("PATCH /accounts/{id}/budgets/{budgetId}", only(FINANCE_WRITERS)),
          rule("DELETE /accounts/{id}/budgets/{budgetId}", only(FINANCE_WRITERS)),
          rule("GET /accounts/{id}/pnl", only(FINANCE_READERS), otherTeam(NOT_FOUND)),
          list("GET /pnl", only(FINANCE_READERS), otherTeam(HIDDEN)),
          list("GET /invoices", only(FINANCE_READERS), otherTeam(HIDDEN)),
          rule("POST /invoices", only(FINANCE_WRITERS)),
          rule("GET /invoices/{id}", only(FINANCE_READERS), otherTeam(NOT_FOUND)),
          rule("PATCH /invoices/{id}", only(FINANCE_WRITERS)),
          rule("DELETE /invoices/{id}", only(FINANCE_WRITERS)),
          rule("POST /invoices/{id}/issue", only(FINANCE_WRITERS)),
          rule("POST /invoices/{id}/void", only(FINANCE_WRITERS)),
          rule("POST /invoices/{id}/write-off", only(FINANCE_WRITERS)),
          rule("POST /invoices/{id}/payments", only(FINANCE_WRITERS)),
          list("GET /receivables/aging", only(FINANCE_READERS), otherTeam(HIDDEN)),
          // reviews: the own team's is the manager's, written by their director (the one to close
          // is of someone below the manager, who reviewed it); finance is no party to either
          list("GET /reviews", only(REVIEW_READERS), unseen(FINANCE), otherTeam(HIDDEN)),
          rule("POST /reviews", only(ADMIN, DIRECTOR), otherTeam(INVALID)),
          rule("GET /reviews/{id}", only(REVIEW_READERS), unseen(FINANCE), otherTeam(NOT_FOUND)),
          rule(
              "GET /reviews/{id}/kpis",
              only(REVIEW_READERS),
              unseen(FINANCE),
              otherTeam(NOT_FOUND)),
          rule(
              "PATCH /reviews/{id}",
              only(ADMIN, DIRECTOR),
              refused(EXECUTIVE),
              unseen(MANAGER, FINANCE),
              otherTeam(NOT_FOUND)),
          rule(
              "POST /reviews/{id}/submit",
              only(ADMIN, DIRECTOR),
              refused(EXECUTIVE),
              unseen(MANAGER, FINANCE),
              otherTeam(NOT_FOUND)),
          rule(
              "POST /reviews/{id}/acknowledge",
              only(MANAGER),
              refused(ADMIN, DIRECTOR, EXECUTIVE),
              unseen(FINANCE),
              otherTeam(NOT_FOUND)),
          rule(
              "POST /reviews/{id}/close",
              only(ADMIN, DIRECTOR),
              refused(MANAGER, EXECUTIVE),
              unseen(FINANCE),
              otherTeam(NOT_FOUND)),
          rule("POST /reviews/cycles/{period}", only(ADMIN, DIRECTOR)),
          rule("GET /reviews/competencies", only(FINANCE_READERS)),
          rule("POST /reviews/competencies", only(ADMIN)),
          rule("GET /reviews/competencies/{key}", only(FINANCE_READERS)),
          rule("PATCH /reviews/competencies/{key}", only(ADMIN)),
          // issues and escalations: they follow their account; the moves are writes (a fresh
          // issue for each); finance and executives read
          list("GET /accounts/{id}/issues", only(ALL), otherTeam(NOT_FOUND)),
          rule("POST /accounts/{id}/issues", only(WRITERS), otherTeam(NOT_FOUND)),
          list("GET /issues", only(ALL), otherTeam(HIDDEN)),
          rule("GET /issues/{id}", only(ALL), otherTeam(NOT_FOUND)),
          rule("PATCH /issues/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("DELETE /issues/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("POST /issues/{id}/start", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("POST /issues/{id}/resolve", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("POST /issues/{id}/close", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("POST /issues/{id}/reopen", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("POST /issues/{id}/escalate", only(WRITERS), otherTeam(NOT_FOUND)),
          // activities: they follow their account; finance and executives read them
          list("GET /accounts/{id}/activities", only(ALL), otherTeam(NOT_FOUND)),
          rule("POST /accounts/{id}/activities", only(WRITERS), otherTeam(NOT_FOUND)),
          list("GET /activities", only(ALL), otherTeam(HIDDEN)),
          rule("GET /activities/{id}", only(ALL), otherTeam(NOT_FOUND)),
          rule("PATCH /activities/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("DELETE /activities/{id}", only(WRITERS), otherTeam(NOT_FOUND)),
          // account plans: read as the account is (but not by integrations: a revenue KPI is
          // P&L data), written by the account's people, moved by its director or above
          list("GET /accounts/{id}/plans", only(FINANCE_READERS), otherTeam(NOT_FOUND)),
          rule("POST /accounts/{id}/plans", only(ADMIN, DIRECTOR, MANAGER), otherTeam(NOT_FOUND)),
          rule("GET /accounts/{id}/plans/{planId}", only(FINANCE_READERS), otherTeam(NOT_FOUND)),
          rule(
              "PATCH /accounts/{id}/plans/{planId}",
              only(ADMIN, DIRECTOR, MANAGER),
              otherTeam(NOT_FOUND)),
          rule(
              "DELETE /accounts/{id}/plans/{planId}",
              only(ADMIN, DIRECTOR, MANAGER),
              otherTeam(NOT_FOUND)),
          rule(
              "POST /accounts/{id}/plans/{planId}/activate",
              only(ADMIN, DIRECTOR),
              refused(MANAGER),
              otherTeam(NOT_FOUND)),
          rule(
              "POST /accounts/{id}/plans/{planId}/close",
              only(ADMIN, DIRECTOR),
              refused(MANAGER),
              otherTeam(NOT_FOUND)),
          // CRM sync: the upserts name the team's records by external id (batches atomic, so a
          // refused record is the batch's answer)
          rule(
              "PUT /accounts/by-external/{source}/{externalId}",
              only(WRITERS),
              otherTeam(NOT_FOUND)),
          rule(
              "PUT /contacts/by-external/{source}/{externalId}",
              only(WRITERS),
              otherTeam(NOT_FOUND)),
          rule(
              "PUT /opportunities/by-external/{source}/{externalId}",
              only(WRITERS),
              otherTeam(NOT_FOUND)),
          rule("POST /sync/accounts", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("POST /sync/contacts", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("POST /sync/opportunities", only(WRITERS), otherTeam(NOT_FOUND)),
          rule(
              "PUT /issues/by-external/{source}/{externalId}", only(WRITERS), otherTeam(NOT_FOUND)),
          rule("POST /sync/issues", only(WRITERS), otherTeam(NOT_FOUND)),
          rule(
              "PUT /activities/by-external/{source}/{externalId}",
              only(WRITERS),
              otherTeam(NOT_FOUND)),
          rule("POST /sync/activities", only(WRITERS), otherTeam(NOT_FOUND)),
          list("GET /changes", only(ALL), otherTeam(HIDDEN)));

  private static MatrixWorld world;

  @Inject Fixtures fixtures;

  /** Built once for the class: every name in it is unique, so no other test sees its records. */
  private MatrixWorld world() {
    if (world == null) {
      world = new MatrixWorld(fixtures);
    }
    return world;
  }

  @Test
  void everyOperationOfTheContractHasOneRuleAndOneRequest() {
    Set<String> contract = Contract.operations().keySet();
    Map<String, Long> rules =
        TABLE.stream().collect(Collectors.groupingBy(Rule::operation, Collectors.counting()));
    Set<String> requests = MatrixRequests.OPERATIONS;
    List<String> problems = new ArrayList<>();
    contract.stream()
        .filter(op -> !rules.containsKey(op))
        .forEach(op -> problems.add(op + " is in the contract but has no rule in the table"));
    rules.keySet().stream()
        .filter(op -> !contract.contains(op))
        .forEach(op -> problems.add(op + " has a rule but is not in the contract"));
    rules.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .forEach(e -> problems.add(e.getKey() + " has " + e.getValue() + " rules"));
    contract.stream()
        .filter(op -> !requests.contains(op))
        .forEach(op -> problems.add(op + " has no request in MatrixRequests"));
    requests.stream()
        .filter(op -> !contract.contains(op))
        .forEach(op -> problems.add(op + " has a request but is not in the contract"));
    assertThat(problems).as("the authorization table against the contract").isEmpty();
  }

  @Test
  void everyRoleGetsTheDocumentedAnswerOnItsOwnTeamsRecordsAndAnotherTeams() {
    MatrixWorld w = world();
    Map<String, Request> requests = MatrixRequests.all(w);
    List<String> mismatches = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<String, Set<Integer>> op : Contract.operations().entrySet()) {
      Rule rule = rule(op.getKey());
      Request request = requests.get(op.getKey());
      if (rule == null || request == null) {
        continue; // everyOperationOfTheContractHasOneRuleAndOneRequest names it
      }
      for (Role role : Role.values()) {
        for (Side side : Side.values()) {
          Answer expected = rule.answer(role, side);
          Team team = side == Side.OWN_TEAM ? w.own : w.other;
          String got = check(request, Api.as(w.caller(role)), team, expected, op.getValue());
          calls++;
          if (got != null) {
            mismatches.add(
                "%s as %s on %s: %s, expected %s"
                    .formatted(
                        op.getKey(),
                        role.group(),
                        side.name().toLowerCase().replace('_', ' '),
                        got,
                        expected));
          }
        }
      }
    }
    assertThat(mismatches).as("answers that differ from the table").isEmpty();
    assertThat(calls).isEqualTo(TABLE.size() * Role.values().length * Side.values().length);
  }

  @Test
  void withoutATokenEveryOperationIs401AndWithoutAClienteleRole403() {
    MatrixWorld w = world();
    Map<String, Request> requests = MatrixRequests.all(w);
    String stranger = Fixtures.unique("roleless");
    String roleless = Tokens.forSubject(stranger, "guest");
    List<String> mismatches = new ArrayList<>();
    w.reusingRecords(
        () -> {
          for (String op : Contract.operations().keySet()) {
            Request request = requests.get(op);
            if (request == null) {
              continue;
            }
            int anonymous = status(request, Api.anonymous(), w.own);
            if (anonymous != 401) {
              mismatches.add(op + " without a token: " + anonymous + ", expected 401");
            }
            int refused = status(request, Api.as(roleless), w.own);
            if (refused != 403) {
              mismatches.add(op + " with a token without a Clientele role: " + refused);
            }
          }
        });
    assertThat(mismatches).isEmpty();
    assertThat(fixtures.count("select count(*) from staff where subject = ?1", stranger))
        .as("staff records of the token without a role")
        .isZero();
  }

  /** Null when the answer is the expected one, else what it was. */
  private static String check(
      Request request,
      RequestSpecification as,
      Team team,
      Answer expected,
      Set<Integer> successes) {
    Sent sent;
    try {
      sent = request.send(as, team);
    } catch (AssertionError | RuntimeException e) {
      // the contract filter refuses a response the contract does not describe
      return e.getClass().getSimpleName() + " " + firstLine(e.getMessage());
    }
    int status = sent.response().statusCode();
    Answer got =
        switch (status) {
          case 403 -> FORBIDDEN;
          case 404 -> NOT_FOUND;
          case 422 -> INVALID;
          default -> successes.contains(status) ? listing(sent) : null;
        };
    if (got == expected) {
      return null;
    }
    if (sent.listed() != null && successes.contains(status)) {
      return status + " showing " + sent.shown() + " of its " + sent.listed().size() + " record(s)";
    }
    if (got == null || got == INVALID) {
      String body = sent.response().asString();
      return status + " " + firstLine(body.length() > 300 ? body.substring(0, 300) : body);
    }
    return String.valueOf(status);
  }

  /** A success: OK unless it is a list without the records (HIDDEN) or with some of them. */
  private static Answer listing(Sent sent) {
    if (sent.listed() == null) {
      return OK;
    }
    long shown = sent.shown();
    return shown == sent.listed().size() ? OK : shown == 0 ? HIDDEN : null;
  }

  private static int status(Request request, RequestSpecification as, Team team) {
    try {
      return request.send(as, team).response().statusCode();
    } catch (AssertionError | RuntimeException e) {
      return -1;
    }
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }

  private static Rule rule(String operation) {
    return TABLE.stream().filter(r -> r.operation().equals(operation)).findFirst().orElse(null);
  }

  // ---- the table's vocabulary

  /** One operation's answers; see the comment above TABLE. */
  record Rule(
      String operation,
      boolean list,
      Set<Role> allowed,
      Set<Role> refused,
      Set<Role> unseen,
      Answer otherTeam) {

    Answer answer(Role role, Side side) {
      if (unseen.contains(role)) {
        return list ? HIDDEN : NOT_FOUND;
      }
      if (!allowed.contains(role) && !refused.contains(role)) {
        return FORBIDDEN; // may not call the operation at all: the record makes no difference
      }
      if (side == Side.OTHER_TEAM && !role.seesEveryTeam && otherTeam != null) {
        return otherTeam;
      }
      return allowed.contains(role) ? OK : FORBIDDEN;
    }
  }

  private record Part(Function<Rule, Rule> apply) {}

  private static Rule rule(String operation, Part... parts) {
    return build(new Rule(operation, false, Set.of(), Set.of(), Set.of(), null), parts);
  }

  /** A list: OK means it shows the record (MatrixRequests says which), HIDDEN that it does not. */
  private static Rule list(String operation, Part... parts) {
    return build(new Rule(operation, true, Set.of(), Set.of(), Set.of(), null), parts);
  }

  private static Rule build(Rule rule, Part... parts) {
    for (Part part : parts) {
      rule = part.apply().apply(rule);
    }
    return rule;
  }

  private static Part only(Role... roles) {
    return new Part(
        r ->
            new Rule(
                r.operation(), r.list(), roles(roles), r.refused(), r.unseen(), r.otherTeam()));
  }

  private static Part refused(Role... roles) {
    return new Part(
        r ->
            new Rule(
                r.operation(), r.list(), r.allowed(), roles(roles), r.unseen(), r.otherTeam()));
  }

  private static Part unseen(Role... roles) {
    return new Part(
        r ->
            new Rule(
                r.operation(), r.list(), r.allowed(), r.refused(), roles(roles), r.otherTeam()));
  }

  private static Part otherTeam(Answer answer) {
    return new Part(
        r -> new Rule(r.operation(), r.list(), r.allowed(), r.refused(), r.unseen(), answer));
  }

  private static Set<Role> roles(Role... roles) {
    return roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles));
  }

  /** The operations of the committed contract ("PATCH /accounts/{id}") and their 2xx statuses. */
  static final class Contract {
    private static Map<String, Set<Integer>> operations;

    static synchronized Map<String, Set<Integer>> operations() {
      if (operations == null) {
        OpenAPI api = new OpenAPIV3Parser().read(Api.CONTRACT.toString());
        Map<String, Set<Integer>> found = new TreeMap<>();
        api.getPaths()
            .forEach(
                (path, item) ->
                    item.readOperationsMap()
                        .forEach(
                            (method, operation) ->
                                found.put(
                                    method + " " + path.replaceFirst("^/api/v1", ""),
                                    operation.getResponses().keySet().stream()
                                        .filter(code -> code.startsWith("2"))
                                        .map(Integer::valueOf)
                                        .collect(Collectors.toCollection(TreeSet::new)))));
        operations = new LinkedHashMap<>(found);
      }
      return operations;
    }
  }
}
