package io.clientele.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health, metrics and the contract are served without a token, as the design says. */
@QuarkusTest
class OperationsTest {
  @Test
  void livenessAndReadinessWithTheDatabase() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Database")));
  }

  @Test
  void metricsInPrometheusFormat() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void theContractIsPublic() {
    given().get("/q/openapi").then().statusCode(200).body(containsString("Clientele API"));
  }

  @Test
  void corsPreflightAnswersForAConfiguredOrigin() {
    given()
        .header("Origin", "http://localhost:3000")
        .header("Access-Control-Request-Method", "PATCH")
        .options("/api/v1/accounts")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", "http://localhost:3000");
  }
}
