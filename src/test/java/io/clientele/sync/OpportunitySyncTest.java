package io.clientele.sync;

import static io.clientele.account.AccountFixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opportunities upserted by external id: the pipeline's rules, history and velocity columns as in a
 * PATCH, accounts named by their external id, batches with good and bad records.
 */
@QuarkusTest
class OpportunitySyncTest {
  static final String BY_EXTERNAL = "/api/v1/opportunities/by-external/";
  static final String BATCH = "/api/v1/sync/opportunities";

  @Inject Fixtures fixtures;
  TestStaff integration;
  TestStaff owner;
  UUID account;
  String source;

  @BeforeEach
  void world() {
    integration = fixtures.staff("integration");
    owner = fixtures.staff("manager", fixtures.staff("director"));
    source = Fixtures.crmSource();
    account = anAccount().ownedBy(owner).externalId(source, "ACC-1").create();
  }

  private String deal(String stage, String amount, String extra) {
    return """
        {"account": {"source": "%s", "externalId": "ACC-1"}, "ownerId": "%s", "name": "Renewal",
         "stage": "%s", "amount": {"amount": "%s", "currency": "EUR"}, "closeDate": "2026-12-15"%s}
        """
        .formatted(source, owner.id(), stage, amount, extra);
  }

  private long historyOf(String id, String field) {
    return fixtures.count(
        "select count(*) from opportunity_history where opportunity_id = cast(?1 as uuid) and field = ?2",
        id,
        field);
  }

  @Test
  void putFollowsThePipelineRulesAndKeepsHistoryAndVelocity() {
    String id =
        Api.as(integration)
            .body(deal("qualification", "1000.00", ""))
            .put(BY_EXTERNAL + source + "/OPP-1")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/opportunities/"))
            .body("accountId", equalTo(account.toString()))
            .body("probability", equalTo(20)) // the stage's default
            .body("forecastCategory", equalTo("pipeline"))
            .extract()
            .path("id");
    // the same record again: nothing changes, no history, no feed entry
    Api.as(integration)
        .body(deal("qualification", "1000.00", ""))
        .put(BY_EXTERNAL + source + "/OPP-1")
        .then()
        .statusCode(200)
        .body("version", equalTo(0));
    assertThat(historyOf(id, "stage")).isEqualTo(1);
    // a stage move: probability follows the stage, history and velocity move with it
    Api.as(integration)
        .body(deal("negotiation", "1200.00", ""))
        .put(BY_EXTERNAL + source + "/OPP-1")
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .body("probability", equalTo(75))
        .body("forecastCategory", equalTo("commit"));
    assertThat(historyOf(id, "stage")).isEqualTo(2);
    assertThat(historyOf(id, "amount")).isEqualTo(2);
    assertThat(
            fixtures.text(
                "select array_to_string(stage_path, ',') from opportunity where id = cast(?1 as uuid)",
                id))
        .isEqualTo("qualification,negotiation");
    assertThat(
            fixtures.count(
                "select count(*) from change_log where record_id = cast(?1 as uuid)", id))
        .isEqualTo(2);
    // won: closing sets the closed date; the rules refuse what a PATCH would refuse
    Api.as(integration)
        .body(deal("closed_won", "1200.00", ", \"probability\": 50"))
        .put(BY_EXTERNAL + source + "/OPP-1")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("probability"));
    Api.as(integration)
        .body(deal("closed_won", "1200.00", ""))
        .put(BY_EXTERNAL + source + "/OPP-1")
        .then()
        .statusCode(200)
        .body("forecastCategory", equalTo("closed"))
        .body("probability", equalTo(100));
  }

  @Test
  void aBatchWithGoodAndBadRecords() {
    String other = UUID.randomUUID().toString();
    JsonPath answer =
        Api.as(integration)
            .body(
                "{\"source\": \"%s\", \"records\": [%s, %s, %s, %s, %s]}"
                    .formatted(
                        source,
                        deal("proposal", "10.00", ", \"externalId\": \"B-1\""),
                        deal("nowhere", "10.00", ", \"externalId\": \"B-2\""),
                        deal("proposal", "10.00", ", \"externalId\": \"B-3\"")
                            .replace("ACC-1", "ACC-404"),
                        deal("proposal", "-5.00", ", \"externalId\": \"B-4\""),
                        "{\"externalId\": \"B-5\", \"accountId\": \"%s\", \"name\": \"X\", \"stage\": \"proposal\", \"amount\": {\"amount\": \"1\", \"currency\": \"EUR\"}, \"closeDate\": \"2026-12-01\"}"
                            .formatted(other)))
            .post(BATCH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("results.result", String.class))
        .containsExactly("created", "error", "error", "error", "error");
    assertThat(answer.getString("results[1].problem.errors[0].field")).isEqualTo("stage");
    assertThat(answer.getString("results[2].problem.errors[0].field")).isEqualTo("account");
    assertThat(answer.getString("results[3].problem.errors[0].field")).isEqualTo("amount.amount");
    assertThat(answer.getString("results[4].problem.errors[0].field")).isEqualTo("accountId");
    assertThat(
            fixtures.count(
                "select count(*) from opportunity_external_id where source = ?1", source))
        .isEqualTo(1);
    // atomic: nothing of a batch with a bad record
    Api.as(integration)
        .queryParam("atomic", "true")
        .body(
            "{\"source\": \"%s\", \"records\": [%s, %s]}"
                .formatted(
                    source,
                    deal("proposal", "10.00", ", \"externalId\": \"C-1\""),
                    deal("nowhere", "10.00", ", \"externalId\": \"C-2\"")))
        .post(BATCH)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("records[1].stage"));
    assertThat(
            fixtures.count(
                "select count(*) from opportunity_external_id where source = ?1", source))
        .isEqualTo(1);
  }

  @Test
  void aManagerUpsertsOnlyTheirOwn() {
    TestStaff stranger = fixtures.staff("manager");
    // the account's external id is unknown to whoever may not see the account
    Api.as(stranger)
        .body(deal("proposal", "10.00", "").replace(owner.idString(), stranger.idString()))
        .put(BY_EXTERNAL + source + "/M-1")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("account"));
    Api.as(stranger)
        .body(
            deal("proposal", "10.00", "")
                .replace(owner.idString(), stranger.idString())
                .replaceFirst("\\{\"source\"[^}]*}", "\"" + account + "\"")
                .replace("\"account\":", "\"accountId\":"))
        .put(BY_EXTERNAL + source + "/M-1")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("accountId"));
    Api.as(owner)
        .body(deal("proposal", "10.00", ""))
        .put(BY_EXTERNAL + source + "/M-1")
        .then()
        .statusCode(201);
    for (String role : List.of("finance", "executive")) {
      Api.as(fixtures.staff(role))
          .body(deal("proposal", "10.00", ""))
          .put(BY_EXTERNAL + source + "/M-2")
          .then()
          .statusCode(403);
    }
  }
}
