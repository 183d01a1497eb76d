package io.clientele.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.clientele.support.Api;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * The committed contract keeps every promise of the published one (openapi/baseline/v1.yaml):
 * clients built against v1 go on working. A change openapi-diff calls incompatible fails the build
 * with its report; a deliberate break is a new major version, never an edit of the baseline.
 *
 * <p>openapi-diff only calls the removal of a <em>required</em> response property breaking, and
 * most response records declare none; a property that vanishes from any schema of the baseline is
 * breaking here too (a client reads it, or sends it and gets a 422 for an unknown property).
 */
class ContractCompatibilityTest {
  static final Path BASELINE = Path.of("openapi/baseline/v1.yaml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void committedContractKeepsEveryPromiseOfTheBaseline() throws Exception {
    assertThat(breakingChanges(Files.readString(Api.CONTRACT)))
        .as("openapi/openapi.yaml breaks clients of %s", BASELINE)
        .isEmpty();
  }

  /** What the contract breaks: openapi-diff's report, and each property gone from a schema. */
  static List<String> breakingChanges(String contract) throws Exception {
    String baseline = Files.readString(BASELINE);
    List<String> breaks = new ArrayList<>();
    ChangedOpenApi diff = OpenApiCompare.fromContents(baseline, contract);
    if (diff.isIncompatible()) {
      breaks.add(report(diff));
    }
    JsonNode before = YAML.readTree(baseline).path("components").path("schemas");
    JsonNode after = YAML.readTree(contract).path("components").path("schemas");
    before
        .fields()
        .forEachRemaining(
            schema ->
                schema
                    .getValue()
                    .path("properties")
                    .fieldNames()
                    .forEachRemaining(
                        property -> {
                          if (!after.path(schema.getKey()).path("properties").has(property)) {
                            breaks.add(schema.getKey() + "." + property + " is gone");
                          }
                        }));
    return breaks;
  }

  @Test
  void removingAPropertyFromAResponseIsBreaking() throws Exception {
    ObjectNode contract = baseline();
    ((ObjectNode) contract.at("/components/schemas/AccountDto/properties")).remove("name");
    assertThat(breakingChanges(YAML.writeValueAsString(contract)))
        .containsExactly("AccountDto.name is gone");
  }

  @Test
  void requiringAnotherRequestFieldIsBreaking() throws Exception {
    ObjectNode contract = baseline();
    ((ArrayNode) contract.at("/components/schemas/AccountInput/required")).add("region");
    assertThat(againstBaseline(contract).isIncompatible()).isTrue();
    assertThat(breakingChanges(YAML.writeValueAsString(contract))).isNotEmpty();
  }

  @Test
  void addingAnOptionalResponsePropertyIsNotBreaking() throws Exception {
    ObjectNode contract = baseline();
    ((ObjectNode) contract.at("/components/schemas/AccountDto/properties"))
        .putObject("website")
        .put("type", "string");
    assertThat(breakingChanges(YAML.writeValueAsString(contract))).isEmpty();
  }

  private static ObjectNode baseline() throws Exception {
    return (ObjectNode) YAML.readTree(Files.readString(BASELINE));
  }

  private static ChangedOpenApi againstBaseline(ObjectNode changed) throws Exception {
    return OpenApiCompare.fromContents(
        Files.readString(BASELINE), YAML.writeValueAsString(changed));
  }

  private static String report(ChangedOpenApi diff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      new org.openapitools.openapidiff.core.output.MarkdownRender().render(diff, writer);
    } catch (java.io.IOException e) {
      return "(no report: " + e + ")";
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
