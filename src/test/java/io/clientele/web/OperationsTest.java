package io.clientele.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Health, metrics and the contract are served without a token, as the design says. */
@QuarkusTest
class OperationsTest {
  @Inject AgroalDataSource database;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  @ConfigProperty(name = "clientele.schema")
  String schema;

  @Test
  void theAppUsesItsConfiguredSchemaWhateverTheJdbcUrlSays() throws Exception {
    assertThat(url).doesNotContain("currentSchema");
    try (Connection connection = database.getConnection();
        ResultSet row = connection.createStatement().executeQuery("select current_schema()")) {
      row.next();
      assertThat(row.getString(1)).isEqualTo(schema);
    }
  }

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
