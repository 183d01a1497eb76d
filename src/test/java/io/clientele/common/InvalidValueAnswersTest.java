package io.clientele.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A value the common types refuse (InvalidValue) is answered as any other bad field or parameter: a
 * 422 naming the field, a 400 naming the parameter, and in a sync batch a failed record beside the
 * good ones.
 */
@QuarkusTest
class InvalidValueAnswersTest {
  private static final String TWO_OF_ONE_SOURCE =
      """
      [{"source": "crm", "externalId": "1"}, {"source": "crm", "externalId": "2"}]""";

  @Inject Fixtures fixtures;

  @Test
  void twoExternalIdsOfOneSourceAre422NamingExternalIds() {
    TestStaff manager = fixtures.staff("manager");
    Api.as(manager)
        .body("{\"name\": \"Twice\", \"externalIds\": " + TWO_OF_ONE_SOURCE + "}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(422)
        .body("type", equalTo("https://clientele.io/problems/validation"))
        .body("detail", equalTo("The request has an invalid field: externalIds"))
        .body("errors[0].field", equalTo("externalIds"))
        .body("errors[0].message", equalTo("at most one external id per source ('crm' repeats)"));
  }

  @Test
  void inASyncBatchOnlyTheRecordWithTwoIdsOfOneSourceFails() {
    TestStaff integration = fixtures.staff("integration");
    TestStaff owner = fixtures.staff("manager");
    String source = "crm-" + Fixtures.unique("s").toLowerCase().replaceAll("[^a-z0-9]", "");
    String twice =
        "{\"externalId\": \"T1\", \"name\": \"Twice\", \"ownerId\": \"%s\", \"externalIds\": %s}"
            .formatted(owner.id(), TWO_OF_ONE_SOURCE);
    String good =
        "{\"externalId\": \"T2\", \"name\": \"Once\", \"ownerId\": \"%s\"}".formatted(owner.id());
    JsonPath answer =
        Api.as(integration)
            .body("{\"source\": \"%s\", \"records\": [%s, %s]}".formatted(source, twice, good))
            .post("/api/v1/sync/accounts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("results.result")).containsExactly("error", "created");
    assertThat(answer.getInt("results[0].problem.status")).isEqualTo(422);
    assertThat(answer.getString("results[0].problem.errors[0].field")).isEqualTo("externalIds");
  }

  @Test
  void aBadPeriodOrSourceParameterIs400NamingIt() {
    TestStaff director = fixtures.staff("director");
    Api.as(director)
        .get("/api/v1/pipeline/summary?period=2026-Q5")
        .then()
        .statusCode(400)
        .body(
            "detail",
            equalTo(
                "Invalid parameter 'period': must be a fiscal period like 2026, 2026-H2, 2026-Q4"
                    + " or 2026-11"))
        .body("errors[0].field", equalTo("period"));
    Api.as(fixtures.staff("integration"))
        .body("{\"name\": \"Bad source\"}")
        .put("/api/v1/accounts/by-external/Not_A_Source/1")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Invalid parameter 'source': " + ExternalId.SOURCE_RULE))
        .body("errors[0].field", equalTo("source"));
  }
}
