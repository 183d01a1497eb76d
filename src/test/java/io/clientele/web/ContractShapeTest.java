package io.clientele.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.Api;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What client generators need from the committed contract, checked on the file itself. */
class ContractShapeTest {
  private static OpenAPI contract;

  @BeforeAll
  static void read() {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    var result = new OpenAPIV3Parser().readLocation(Api.CONTRACT.toString(), null, options);
    assertThat(result.getMessages()).as("parser messages").isEmpty();
    contract = result.getOpenAPI();
  }

  /** Calls `check` with "METHOD /path" and the operation, for every operation. */
  private static void eachOperation(BiConsumer<String, Operation> check) {
    contract
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, op) -> check.accept(method + " " + path, op)));
  }

  @Test
  void everyOperationHasAUniqueOperationIdAndOneDeclaredTag() {
    List<String> problems = new ArrayList<>();
    Map<String, String> byId = new HashMap<>();
    List<String> declaredTags =
        contract.getTags() == null
            ? List.of()
            : contract.getTags().stream().map(t -> t.getName()).toList();
    eachOperation(
        (name, op) -> {
          String id = op.getOperationId();
          if (id == null || !id.matches("[a-z][A-Za-z]+")) {
            problems.add(name + ": operationId " + id);
          } else if (byId.put(id, name) != null) {
            problems.add(name + ": operationId " + id + " also names " + byId.get(id));
          }
          if (op.getTags() == null
              || op.getTags().size() != 1
              || !declaredTags.contains(op.getTags().get(0))) {
            problems.add(name + ": tags " + op.getTags());
          }
        });
    assertThat(problems).isEmpty();
    assertThat(byId).hasSize(127);
  }

  @Test
  void everyOperationAnswering304DeclaresIfNoneMatch() {
    List<String> answering304 = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    eachOperation(
        (name, op) -> {
          if (op.getResponses() != null && op.getResponses().containsKey("304")) {
            answering304.add(name);
            boolean declared =
                op.getParameters() != null
                    && op.getParameters().stream()
                        .anyMatch(
                            p -> "header".equals(p.getIn()) && "If-None-Match".equals(p.getName()));
            if (!declared) {
              problems.add(name);
            }
          }
        });
    assertThat(answering304).hasSizeGreaterThanOrEqualTo(10);
    assertThat(problems).as("answer 304 without declaring If-None-Match").isEmpty();
  }

  /** Free text, where a bare string is the truth. */
  private static final Set<String> TEXT_PARAMETERS =
      Set.of("q", "sort", "cursor", "after", "region", "industry", "externalId");

  @Test
  void pathAndQueryParametersSayWhatTheyAre() {
    List<String> problems = new ArrayList<>();
    eachOperation(
        (name, op) -> {
          for (Parameter parameter : parameters(op)) {
            String p = name + " " + parameter.getName() + ": ";
            Schema<?> schema = resolve(parameter.getSchema());
            String param = parameter.getName();
            if (schema == null || schema.getType() == null) {
              problems.add(p + "no type");
              continue;
            }
            if (param.equals("id") || param.endsWith("Id") && !param.equals("externalId")) {
              expect(problems, p, schema, "string", "uuid");
            } else if (param.contains("Date")
                || Set.of("asOf", "dueBefore", "notContactedSince").contains(param)) {
              expect(problems, p, schema, "string", "date");
            } else if (param.endsWith("Since") || param.endsWith("At")) {
              expect(problems, p, schema, "string", "date-time");
            } else if (param.equals("limit")) {
              expect(problems, p, schema, "integer", schema.getFormat());
              if (schema.getMinimum() == null || schema.getMaximum() == null) {
                problems.add(p + "limit without bounds");
              }
            } else if (Set.of("active", "atomic", "includeRetired").contains(param)) {
              expect(problems, p, schema, "boolean", null);
            } else if (Set.of("period", "cycle", "month", "amountMin", "amountMax").contains(param)
                && schema.getPattern() == null) {
              problems.add(p + "no pattern");
            } else if (schema.getType().equals("string")
                && schema.getFormat() == null
                && schema.getPattern() == null
                && schema.getEnum() == null
                && !TEXT_PARAMETERS.contains(param)) {
              problems.add(p + "a bare string");
            }
          }
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void listParametersAreArraysSentAsRepeats() {
    List<String> problems = new ArrayList<>();
    List<String> lists = new ArrayList<>();
    eachOperation(
        (name, op) -> {
          for (Parameter parameter : parameters(op)) {
            Schema<?> schema = resolve(parameter.getSchema());
            if (schema == null || !"array".equals(schema.getType())) {
              continue;
            }
            String p = name + " " + parameter.getName() + ": ";
            lists.add(op.getOperationId() + " " + parameter.getName());
            if (parameter.getStyle() != Parameter.StyleEnum.FORM
                || !Boolean.TRUE.equals(parameter.getExplode())) {
              problems.add(p + "not style form, explode true");
            }
            Object example = parameter.getExample();
            if (!(example instanceof List<?>
                || example instanceof com.fasterxml.jackson.databind.JsonNode node
                    && node.isArray())) {
              problems.add(p + "example is not an array: " + parameter.getExample());
            }
          }
        });
    assertThat(problems).isEmpty();
    assertThat(lists)
        .contains(
            "listChanges types",
            "listOpportunities stage",
            "listInvoices status",
            "listReviews status",
            "listActivities type");
  }

  @Test
  void patchBodiesAreMergePatchesRequiringNothing() {
    List<String> problems = new ArrayList<>();
    List<String> patches = new ArrayList<>();
    contract
        .getPaths()
        .forEach(
            (path, item) -> {
              Operation op = item.getPatch();
              if (op == null) {
                return;
              }
              var content = op.getRequestBody() == null ? null : op.getRequestBody().getContent();
              if (content == null
                  || !content
                      .keySet()
                      .containsAll(List.of(MergePatch.MEDIA_TYPE, "application/json"))) {
                problems.add(
                    path
                        + ": request content types "
                        + (content == null ? null : content.keySet()));
                return;
              }
              content.forEach(
                  (mediaType, media) -> {
                    String ref = media.getSchema().get$ref();
                    if (ref == null || !ref.endsWith("Patch")) {
                      problems.add(path + " " + mediaType + ": schema " + ref + ", not a ...Patch");
                      return;
                    }
                    patches.add(ref.substring(ref.lastIndexOf('/') + 1));
                    Schema<?> schema = resolve(media.getSchema());
                    if (schema.getRequired() != null && !schema.getRequired().isEmpty()) {
                      problems.add(path + " " + mediaType + ": requires " + schema.getRequired());
                    }
                  });
            });
    assertThat(problems).isEmpty();
    assertThat(patches)
        .contains(
            "AccountPatch",
            "ContactPatch",
            "OpportunityPatch",
            "StagePatch",
            "BudgetPatch",
            "InvoicePatch",
            "QuotaPatch",
            "ReviewPatch",
            "ClientReviewPatch",
            "CompetencyPatch",
            "StaffPatch",
            "IssuePatch",
            "ActivityPatch",
            "AccountPlanPatch");
    // an optional field may be cleared, a required one may not
    Map<String, Schema> account =
        contract.getComponents().getSchemas().get("AccountPatch").getProperties();
    assertThat(account.get("region").getNullable()).isTrue();
    assertThat(account.get("name").getNullable()).isNotEqualTo(Boolean.TRUE);
  }

  private static void expect(
      List<String> problems, String p, Schema<?> schema, String type, String format) {
    if (!type.equals(schema.getType()) || !java.util.Objects.equals(format, schema.getFormat())) {
      problems.add(
          p + schema.getType() + "/" + schema.getFormat() + ", not " + type + "/" + format);
    }
  }

  private static List<Parameter> parameters(Operation op) {
    return op.getParameters() == null
        ? List.of()
        : op.getParameters().stream()
            .filter(p -> "path".equals(p.getIn()) || "query".equals(p.getIn()))
            .toList();
  }

  /** The schema a $ref names, or the schema itself. */
  private static Schema<?> resolve(Schema<?> schema) {
    if (schema == null || schema.get$ref() == null) {
      return schema;
    }
    String ref = schema.get$ref();
    Schema<?> target =
        contract.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
    assertThat(target).as("the schema %s", ref).isNotNull();
    return target;
  }
}
