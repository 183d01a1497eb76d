package io.clientele.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.clientele.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContractTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void committedContractIsWhatTheCodeGenerates() throws Exception {
    String served =
        given()
            .accept("application/yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonNode committed = YAML.readTree(Files.readString(Api.CONTRACT));
    assertThat(YAML.readTree(served))
        .as(
            "openapi/openapi.yaml differs from what the code generates: run"
                + " `./mvnw package -DskipTests` and commit the file")
        .isEqualTo(committed);
  }

  @Test
  void everyOperationIsDescribedSecuredAndAnswersProblems() throws Exception {
    JsonNode contract = YAML.readTree(Files.readString(Api.CONTRACT));
    assertThat(contract.at("/components/securitySchemes/bearer/scheme").asText())
        .isEqualTo("bearer");
    List<String> undocumented = new ArrayList<>();
    Api.eachOperation(
        contract,
        (name, operation) -> {
          if (!operation.hasNonNull("summary") || !operation.hasNonNull("description")) {
            undocumented.add(name + ": summary/description");
          }
          if (!operation.path("responses").has("401") || !operation.path("responses").has("500")) {
            undocumented.add(name + ": problem responses");
          }
          if (!name.endsWith(" /api/v1/me")
              && operation.path("security").isEmpty()
              && contract.path("security").isEmpty()) {
            undocumented.add(name + ": security");
          }
        });
    assertThat(undocumented).isEmpty();
    assertThat(
            contract
                .at(
                    "/components/responses/ValidationFailed/content/application~1problem+json/example/status")
                .asInt())
        .isEqualTo(422);
  }
}
