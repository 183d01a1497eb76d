package io.clientele.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.Api;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    assertThat(byId).hasSize(93);
  }
}
