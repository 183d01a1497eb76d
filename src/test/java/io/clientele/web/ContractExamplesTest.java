package io.clientele.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.clientele.support.Api;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every example in the committed contract (schemas', media types' and parameters') is valid against
 * the schema beside it, as swagger-request-validator checks real responses; and every request body
 * and 2xx response body has one.
 */
class ContractExamplesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> SCHEMA_KEYS =
      Set.of("type", "properties", "allOf", "anyOf", "oneOf", "$ref", "enum", "items", "format");
  private static JsonNode contract;
  private static SchemaValidator validator;
  private static SchemaValidator composedValidator;

  @BeforeAll
  static void readContract() throws Exception {
    String text = Files.readString(Api.CONTRACT);
    contract = YAML.readTree(text);
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    OpenAPI openApi = new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
    // strict: a property the schema does not name is an error (a typo in an example)...
    validator = new SchemaValidator(openApi, new MessageResolver());
    // ...except under allOf, where each part would refuse the other parts' properties
    composedValidator =
        new SchemaValidator(
            openApi,
            new MessageResolver(
                LevelResolver.create()
                    .withLevel(
                        SchemaValidator.ADDITIONAL_PROPERTIES_KEY, ValidationReport.Level.IGNORE)
                    .build()));
  }

  @Test
  void everyExampleIsValidAgainstItsSchema() {
    List<String> invalid = new ArrayList<>();
    walk(contract, "#", null, invalid);
    assertThat(invalid).as("examples that break their own schema").isEmpty();
  }

  @Test
  void aWrongExampleIsNamed() throws Exception {
    List<String> invalid = new ArrayList<>();
    walk(
        YAML.readTree(
            """
            parameters:
            - name: limit
              schema: {type: integer, maximum: 500}
              example: 1000
            schema:
              properties:
                tier: {$ref: "#/components/schemas/Tier", example: Z}
            """),
        "#",
        null,
        invalid);
    assertThat(invalid)
        .hasSize(2)
        .anyMatch(m -> m.startsWith("#/parameters/0/example: "))
        .anyMatch(m -> m.startsWith("#/schema/properties/tier/example: "));
  }

  @Test
  void everyRequestBodyAndSuccessfulResponseHasAnExample() {
    List<String> missing = new ArrayList<>();
    Api.eachOperation(
        contract,
        (name, op) -> {
          op.path("requestBody")
              .path("content")
              .fields()
              .forEachRemaining(
                  media -> {
                    if (!hasExample(media.getValue())) {
                      missing.add(name + " request " + media.getKey());
                    }
                  });
          op.path("responses")
              .fields()
              .forEachRemaining(
                  response -> {
                    if (!response.getKey().startsWith("2")) {
                      return;
                    }
                    response
                        .getValue()
                        .path("content")
                        .fields()
                        .forEachRemaining(
                            media -> {
                              if (!hasExample(media.getValue())) {
                                missing.add(name + " " + response.getKey() + " " + media.getKey());
                              }
                            });
                  });
        });
    assertThat(missing).as("bodies without an example").isEmpty();
  }

  /** The media type's own example, or its schema's (through a $ref). */
  private static boolean hasExample(JsonNode media) {
    if (media.has("example") || media.has("examples")) {
      return true;
    }
    JsonNode schema = resolve(media.path("schema"));
    return schema.has("example")
        || "array".equals(schema.path("type").asText())
            && resolve(schema.path("items")).has("example");
  }

  private static JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      schema = contract.at(schema.get("$ref").asText().substring(1));
    }
    return schema;
  }

  /**
   * Visits every object of the document: one with an example and a schema beside it (a parameter,
   * header or media type) or one that is itself a schema. `parentKey` is "properties" when the
   * object's keys are property names, not keywords.
   */
  private static void walk(JsonNode node, String pointer, String parentKey, List<String> invalid) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, null, invalid);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    boolean names = "properties".equals(parentKey);
    if (!names) {
      if (node.has("schema")) {
        if (node.has("example")) {
          check(node.get("example"), node.get("schema"), pointer + "/example", invalid);
        }
        node.path("examples")
            .fields()
            .forEachRemaining(
                e ->
                    check(
                        e.getValue().path("value"),
                        node.get("schema"),
                        pointer + "/examples/" + e.getKey(),
                        invalid));
      } else if (node.has("example") && isSchema(node)) {
        check(node.get("example"), node, pointer + "/example", invalid);
      }
    }
    for (Map.Entry<String, JsonNode> field : iterable(node)) {
      String key = field.getKey();
      if (!names && (key.equals("example") || key.equals("examples"))) {
        continue;
      }
      walk(
          field.getValue(),
          pointer + "/" + key.replace("~", "~0").replace("/", "~1"),
          key,
          invalid);
    }
  }

  private static boolean isSchema(JsonNode node) {
    return SCHEMA_KEYS.stream().anyMatch(node::has);
  }

  private static void check(
      JsonNode example, JsonNode schemaNode, String where, List<String> invalid) {
    if (schemaNode.path("allOf").size() > 1) {
      // each part on its own, blind to the properties the other parts name
      for (JsonNode part : schemaNode.get("allOf")) {
        check(example, part, where, composedValidator, invalid);
      }
    } else {
      check(example, schemaNode, where, validator, invalid);
    }
  }

  private static void check(
      JsonNode example,
      JsonNode schemaNode,
      String where,
      SchemaValidator with,
      List<String> invalid) {
    try {
      Schema<?> schema = Json.mapper().convertValue(withoutExample(schemaNode), Schema.class);
      ValidationReport report = with.validate(() -> example, schema, "example");
      if (report.hasErrors()) {
        invalid.add(
            where
                + ": "
                + report.getMessages().stream()
                    .map(ValidationReport.Message::getMessage)
                    .collect(Collectors.joining("; ")));
      }
    } catch (Exception e) {
      invalid.add(where + ": cannot be checked (" + e + ")");
    }
  }

  private static JsonNode withoutExample(JsonNode schema) {
    JsonNode copy = schema.deepCopy();
    if (copy.isObject()) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("example");
    }
    return copy;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }
}
