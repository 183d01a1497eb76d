package io.clientele.web;

import static io.clientele.pipeline.DealFixtures.aDeal;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/**
 * Bad input never answers 5xx. Every operation of the committed contract is called with bad values,
 * one parameter or body field at a time, generated from the contract's schemas (wrong types,
 * unknown enum values, long and odd strings, NUL, huge numbers, deep nesting, bad ids), by a caller
 * whose role may call it and with real ids elsewhere. Every 4xx must be problem+json with its
 * status. jqwik's generators run here with a fixed seed, inside a plain @QuarkusTest (jqwik's own
 * engine would not start Quarkus), so a failure replays exactly.
 *
 * <p>Everything the fuzzer may create lives in fiscal year 2093, on its own account, stage and
 * competency, so no other test sees it.
 */
@QuarkusTest
class InputFuzzTest {
  // fixed, so a failure replays; -Dfuzz.seed=... explores further
  private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
  private static final int PARAM_VALUES = 10;
  private static final int FIELD_VALUES = 8;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOLE = "\u0001fuzz\u0001";
  private static final RestAssuredConfig RAW =
      RestAssuredConfig.config()
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                  .defaultContentCharset(StandardCharsets.UTF_8));

  @Inject Fixtures fixtures;

  private final Map<String, TestStaff> callers = new LinkedHashMap<>();
  private final Map<String, String> ids = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private int requests;
  private int keys;

  @Test
  void badInputNeverAnswers5xxAndEvery4xxIsAProblem() throws Exception {
    long started = System.nanoTime();
    world();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    OpenAPI contract =
        new OpenAPIV3Parser()
            .readContents(Files.readString(Api.CONTRACT), null, options)
            .getOpenAPI();
    // jqwik's generators need a session outside its own engine
    JqwikSession.start(Long.toString(SEED));
    try {
      for (var path : new TreeMap<>(contract.getPaths()).entrySet()) {
        for (var op : path.getValue().readOperationsMap().entrySet()) {
          typeSyncRecords(contract, path.getKey(), op.getValue());
          fuzz(path.getKey(), op.getKey(), op.getValue());
        }
      }
    } finally {
      JqwikSession.finish();
    }
    System.out.printf(
        "InputFuzzTest: %d requests in %d s (seed %d)%n",
        requests, (System.nanoTime() - started) / 1_000_000_000L, SEED);
    assertThat(failures)
        .as("%d of %d fuzzed requests failed (seed %d)", failures.size(), requests, SEED)
        .isEmpty();
  }

  // ---- the operation under fuzz

  private void fuzz(String template, PathItem.HttpMethod method, Operation operation) {
    String name = method + " " + template;
    Random random = new Random(SEED ^ name.hashCode());
    List<Parameter> params =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    Schema<?> body = bodySchema(operation);
    String mediaType =
        method == PathItem.HttpMethod.PATCH ? MergePatch.MEDIA_TYPE : "application/json";
    String token = tokenFor(method, template, params, mediaType);
    for (Parameter param : params) {
      RandomGenerator<String> values = parameterValues(param.getSchema());
      for (int i = 0; i < PARAM_VALUES; i++) {
        // every parameter meets a NUL once; the rest is drawn
        String bad = i == 0 ? "a\u0000b" : values.next(random).value();
        Request request = base(method, template, params, body);
        request.set(param, bad);
        send(request, token, mediaType);
      }
    }
    if (body == null) {
      return;
    }
    for (String field : fields(body, "", 0)) {
      Schema<?> schema = at(body, field);
      RandomGenerator<String> values = bodyValues(schema);
      for (int i = 0; i < FIELD_VALUES; i++) {
        Request request = base(method, template, params, body);
        String bad = i == 0 ? headline(schema) : values.next(random).value();
        request.body = withField(request.body, field, bad);
        send(request, token, mediaType);
      }
    }
    for (String whole : wholeBodies()) {
      Request request = base(method, template, params, body);
      request.body = whole;
      send(request, token, mediaType);
    }
  }

  /**
   * A sync batch's records are untyped in the contract (each is read on its own): give them the
   * fields of the same resource's PUT by external id, plus `externalId`, so they are fuzzed too.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void typeSyncRecords(OpenAPI contract, String template, Operation operation) {
    if (!template.startsWith("/api/v1/sync/")) {
      return;
    }
    String type = template.substring("/api/v1/sync/".length());
    PathItem put =
        contract.getPaths().get("/api/v1/" + type + "/by-external/{source}/{externalId}");
    Schema<?> records = bodySchema(operation).getProperties().get("records");
    if (put == null || put.getPut() == null || records == null) {
      return;
    }
    Schema<?> fields = merged(bodySchema(put.getPut()));
    Schema record = new Schema<>().type("object");
    record.setProperties(new LinkedHashMap<>(fields.getProperties()));
    record.addProperty("externalId", new Schema<>().type("string").example("001A000001"));
    record.setRequired(List.of("externalId"));
    records.setItems(record);
  }

  /** A request with real ids in the path, required query parameters set and a plausible body. */
  private Request base(
      PathItem.HttpMethod method, String template, List<Parameter> params, Schema<?> body) {
    Request request = new Request(method.name(), template);
    for (Parameter p : params) {
      if ("path".equals(p.getIn())) {
        request.path.put(p.getName(), realId(template, p.getName()));
      } else if ("query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())) {
        request.query.put(p.getName(), plausible(p.getName(), p.getSchema()).toString());
      }
    }
    if (body != null) {
      // a merge patch changes one field at a time; other bodies are whole and plausible
      request.body =
          method == PathItem.HttpMethod.PATCH
              ? "{}"
              : JSON.valueToTree(sample("", body)).toString();
    }
    return request;
  }

  private void send(Request request, String token, String mediaType) {
    requests++;
    RequestSpecification spec =
        given()
            .config(RAW)
            .urlEncodingEnabled(false)
            .auth()
            .oauth2(token)
            .accept("application/json");
    request.headers.forEach(spec::header);
    if (request.body != null) {
      spec.contentType(mediaType).body(request.body.getBytes(StandardCharsets.UTF_8));
    }
    Response response;
    try {
      response = spec.request(request.method, request.url());
    } catch (RuntimeException e) {
      failures.add(request + "\n  -> no answer: " + e);
      return;
    }
    int status = response.statusCode();
    String contentType = String.valueOf(response.contentType());
    String answer = response.asString();
    boolean problem = false;
    if (status >= 400 && contentType.startsWith(Problem.MEDIA_TYPE)) {
      try {
        problem = JSON.readTree(answer).path("status").asInt() == status;
      } catch (Exception e) {
        problem = false;
      }
    }
    if (status >= 500 || (status >= 400 && !problem)) {
      failures.add(
          request
              + "\n  -> "
              + status
              + " "
              + contentType
              + " "
              + answer.substring(0, Math.min(300, answer.length())));
    }
  }

  // ---- bad values, from the schema of what they replace

  private static RandomGenerator<String> parameterValues(Schema<?> schema) {
    List<String> typed = new ArrayList<>();
    String type = typeOf(schema);
    if ("integer".equals(type) || "number".equals(type)) {
      typed.addAll(List.of("-1", "0", "1.5", "1e400", "99999999999999999999999999999999999999"));
    }
    if ("uuid".equals(schema == null ? null : schema.getFormat())) {
      typed.addAll(List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "0-0-0-0-0"));
    }
    if (enumOf(schema) != null) {
      typed.addAll(List.of("not_a_value", "A", "ALL"));
    }
    typed.addAll(
        List.of(
            "a\u0000b",
            "\u0000",
            " ",
            "x".repeat(1500),
            "-9223372036854775809",
            "2026-02-30",
            "+999999999-12-31",
            "2026-Q9",
            "99999-Q1",
            "%FF%FE",
            "eyJ4IjoxfQ",
            "bm90IGpzb24",
            "!!!",
            "\"99999999999999999999\"",
            "W/\"1\"",
            "\uD83D\uDE00\u202E\u200B"));
    Arbitrary<String> fixed = Arbitraries.of(typed);
    Arbitrary<String> random =
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40).map(s -> s + "\u00A7");
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, fixed), net.jqwik.api.Tuple.of(1, random))
        .generator(100);
  }

  /** The worst value for a field of this schema, which every such field meets once. */
  private static String headline(Schema<?> schema) {
    String format = schema == null ? null : schema.getFormat();
    if ("decimal".equals(format)) {
      return "\"1234567890123456789012345678901234567890\"";
    }
    if ("uuid".equals(format)) {
      return "\"not-a-uuid\"";
    }
    if (enumOf(schema) != null) {
      return "\"not_a_value\"";
    }
    return switch (String.valueOf(typeOf(schema))) {
      case "string" -> "\"a\\u0000b\"";
      case "integer", "number" -> "1e400";
      case "object" -> "{\"a\":".repeat(1200) + "1" + "}".repeat(1200);
      case "array" -> "[".repeat(1200) + "]".repeat(1200);
      default -> "null";
    };
  }

  /** Raw JSON text for one body field. */
  private static RandomGenerator<String> bodyValues(Schema<?> schema) {
    List<String> typed = new ArrayList<>();
    String type = typeOf(schema);
    if ("string".equals(type)) {
      typed.addAll(List.of("1", "true", "{}", "[]", "\"a\\u0000b\"", "\"\\ud800\""));
      typed.add("\"" + "x".repeat(Math.max(1, maxLength(schema)) + 1) + "\"");
      typed.add("\"" + "y".repeat(100_000) + "\"");
    }
    if ("integer".equals(type) || "number".equals(type)) {
      typed.addAll(
          List.of(
              "\"1\"",
              "1.5",
              "-1",
              "1e400",
              "-1e400",
              "9223372036854775808",
              "1234567890123456789012345678901234567890"));
    }
    if (enumOf(schema) != null) {
      typed.addAll(List.of("\"not_a_value\"", "\"\"", "0"));
    }
    if ("decimal".equals(schema == null ? null : schema.getFormat())) {
      typed.addAll(
          List.of(
              "\"1234567890123456789012345678901234567890\"",
              "\"1e400\"",
              "\"-1e400\"",
              "1e400",
              "12.5",
              "\" 12\"",
              "\"NaN\"",
              "\"0x10\""));
    }
    if ("uuid".equals(schema == null ? null : schema.getFormat())) {
      typed.addAll(List.of("\"not-a-uuid\"", "\"" + UUID.randomUUID() + "\"", "1"));
    }
    String format = schema == null ? null : schema.getFormat();
    if ("date".equals(format) || "date-time".equals(format) || schema.getPattern() != null) {
      typed.addAll(
          List.of(
              "\"+999999999-12-31\"",
              "\"-999999999-01-01\"",
              "\"0000-01-01\"",
              "\"2026-02-30\"",
              "\"+10000-01\"",
              "\"2026-13\""));
    }
    if ("object".equals(type)) {
      typed.addAll(List.of("\"x\"", "[]", "{\"nope\": 1}", "1"));
    }
    if ("array".equals(type)) {
      typed.addAll(List.of("{}", "\"x\"", "[null]", "[1, 2]", "[[]]"));
    }
    typed.addAll(
        List.of(
            "null",
            "\"\\u0000\"",
            "\"\u202E\u200B\uFEFF\"",
            "[".repeat(1200) + "]".repeat(1200),
            "{\"a\":".repeat(1200) + "1" + "}".repeat(1200),
            "-0",
            "\"\""));
    Arbitrary<String> fixed = Arbitraries.of(typed);
    Arbitrary<String> numbers =
        Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))
            .map(n -> "\"" + n + "\"");
    Arbitrary<String> strings =
        Arbitraries.strings()
            .all()
            .ofMinLength(1)
            .ofMaxLength(30)
            .map(s -> JsonNodeFactory.instance.textNode(s).toString());
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, fixed),
            net.jqwik.api.Tuple.of(1, numbers),
            net.jqwik.api.Tuple.of(1, strings))
        .generator(100);
  }

  private static List<String> wholeBodies() {
    return List.of(
        "[]",
        "1",
        "\"x\"",
        "null",
        "{\"a\u0000\": 1}",
        "[".repeat(1500) + "]".repeat(1500),
        "{\"a\":".repeat(1500) + "1" + "}".repeat(1500),
        "{\"name\": \"a\", \"name\": \"b\"}",
        "{\"x\": 1e400}");
  }

  // ---- the body schema: field paths and plausible values

  private static Schema<?> bodySchema(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return null;
    }
    var content = operation.getRequestBody().getContent();
    var media = content.get("application/json");
    if (media == null) {
      media = content.values().iterator().next();
    }
    return media.getSchema();
  }

  /** Every field path of an object schema ("amount.currency", "records[0].name"), depth-limited. */
  private static List<String> fields(Schema<?> schema, String prefix, int depth) {
    List<String> paths = new ArrayList<>();
    schema = merged(schema);
    if (depth > 3 || schema == null) {
      return paths;
    }
    if (schema.getProperties() != null) {
      for (var property : new TreeMap<>(schema.getProperties()).entrySet()) {
        String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
        paths.add(path);
        paths.addAll(fields(property.getValue(), path, depth + 1));
      }
    } else if ("array".equals(typeOf(schema)) && !prefix.isEmpty()) {
      paths.addAll(fields(schema.getItems(), prefix + "[0]", depth + 1));
    }
    return paths;
  }

  private static Schema<?> at(Schema<?> schema, String path) {
    for (String part : path.split("\\.")) {
      boolean item = part.endsWith("[0]");
      String name = item ? part.substring(0, part.length() - 3) : part;
      schema = merged(merged(schema).getProperties().get(name));
      if (item) {
        schema = merged(schema.getItems());
      }
    }
    return schema;
  }

  private Object sample(String name, Schema<?> schema) {
    schema = merged(schema);
    if (schema == null) {
      return null;
    }
    if (schema.getProperties() != null) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (var property : schema.getProperties().entrySet()) {
        Schema<?> value = merged(property.getValue());
        boolean required =
            schema.getRequired() != null && schema.getRequired().contains(property.getKey());
        if (required || value.getExample() != null || value.getProperties() != null) {
          object.put(property.getKey(), sample(property.getKey(), value));
        }
      }
      return object;
    }
    if ("array".equals(typeOf(schema))) {
      return List.of(sample(name, schema.getItems()));
    }
    return plausible(name, schema);
  }

  /** A value a field or parameter of this name could well take, kept away from others' data. */
  private Object plausible(String name, Schema<?> schema) {
    String lower = name.toLowerCase();
    switch (lower) {
      case "period", "from", "to":
        return lower.equals("period") ? "2093-Q1" : "2093-01";
      case "cycle":
        return "2093";
      case "month":
        return "2093-01";
      case "date", "issuedate", "asof":
        return "2093-01-15";
      case "duedate", "closedate", "renewaldate":
        return "2093-02-14";
      case "source":
        return "fuzz";
      case "externalid", "number", "key", "name":
        return lower.equals("key") ? "fz_" + ++keys + "_" + SEED : Fixtures.unique("fz");
      case "currency":
        return "USD";
      case "stage":
        return "proposal";
      default:
        break;
    }
    if (lower.endsWith("id") && "uuid".equals(schema.getFormat())) {
      return lower.startsWith("account") || lower.startsWith("parent")
          ? ids.get("account")
          : callers.get("manager").idString();
    }
    if (schema.getExample() != null) {
      return schema.getExample() instanceof java.util.Date
          ? "2093-01-15"
          : schema.getExample().toString();
    }
    List<?> values = enumOf(schema);
    if (values != null) {
      return values.get(0);
    }
    return switch (String.valueOf(typeOf(schema))) {
      case "integer", "number" ->
          schema.getMinimum() == null ? BigDecimal.ONE : schema.getMinimum();
      case "boolean" -> false;
      default -> "decimal".equals(schema.getFormat()) ? "1" : "fuzz";
    };
  }

  private static Schema<?> merged(Schema<?> schema) {
    if (schema != null
        && schema.getAllOf() != null
        && !schema.getAllOf().isEmpty()
        && schema.getProperties() == null) {
      Schema<?> inner = merged(schema.getAllOf().get(0));
      if (schema.getExample() != null && inner.getExample() == null) {
        return schema;
      }
      return inner;
    }
    return schema;
  }

  private static String typeOf(Schema<?> schema) {
    schema = merged(schema);
    if (schema == null) {
      return null;
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    return schema.getProperties() != null ? "object" : null;
  }

  private static List<?> enumOf(Schema<?> schema) {
    schema = merged(schema);
    return schema == null ? null : schema.getEnum();
  }

  private static int maxLength(Schema<?> schema) {
    schema = merged(schema);
    return schema.getMaxLength() == null ? 300 : Math.min(schema.getMaxLength(), 50_000);
  }

  private static String withField(String body, String path, String rawValue) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(body);
      ObjectNode parent = root;
      String[] parts = path.split("\\.");
      for (int i = 0; i < parts.length - 1; i++) {
        String part = parts[i];
        if (part.endsWith("[0]")) {
          String name = part.substring(0, part.length() - 3);
          if (!(parent.get(name) instanceof ArrayNode)) {
            parent.putArray(name).addObject();
          }
          ArrayNode array = (ArrayNode) parent.get(name);
          if (!(array.get(0) instanceof ObjectNode)) {
            array.removeAll().addObject();
          }
          parent = (ObjectNode) array.get(0);
        } else {
          if (!(parent.get(part) instanceof ObjectNode)) {
            parent.putObject(part);
          }
          parent = (ObjectNode) parent.get(part);
        }
      }
      String last = parts[parts.length - 1];
      if (last.endsWith("[0]")) {
        parent.putArray(last.substring(0, last.length() - 3)).add(HOLE);
      } else {
        parent.put(last, HOLE);
      }
      return root.toString().replace(JSON.writeValueAsString(HOLE), rawValue);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- callers and the records their paths name

  private String tokenFor(
      PathItem.HttpMethod method, String template, List<Parameter> params, String mediaType) {
    for (String role : callers.keySet()) {
      Request probe = new Request(method.name(), template);
      for (Parameter p : params) {
        if ("path".equals(p.getIn())) {
          probe.path.put(
              p.getName(),
              method == PathItem.HttpMethod.DELETE
                  ? UUID.randomUUID().toString()
                  : realId(template, p.getName()));
        }
      }
      probe.body = "{\"\u00A7probe\": true}";
      RequestSpecification spec =
          given().config(RAW).urlEncodingEnabled(false).auth().oauth2(callers.get(role).token());
      int status =
          spec.contentType(mediaType)
              .body(probe.body)
              .request(probe.method, probe.url())
              .statusCode();
      if (status != 403) {
        return callers.get(role).token();
      }
    }
    return callers.get("admin").token();
  }

  private String realId(String template, String param) {
    String[] segments = template.replace("/api/v1/", "").split("/");
    String collection = segments[0];
    return switch (param) {
      case "id" ->
          switch (collection) {
            case "accounts" -> ids.get("account");
            case "contacts" -> ids.get("contact");
            case "opportunities" -> ids.get("deal");
            case "invoices" ->
                template.endsWith("/payments") ? ids.get("issuedInvoice") : ids.get("invoice");
            case "quotas" -> ids.get("quota");
            case "reviews" -> ids.get("review");
            case "client-reviews" -> ids.get("clientReview");
            case "issues" -> ids.get("issue");
            case "activities" -> ids.get("activity");
            case "staff" -> callers.get("manager").idString();
            default -> UUID.randomUUID().toString();
          };
      case "budgetId" -> ids.get("budget");
      case "planId" -> ids.get("plan");
      case "entryId" -> template.contains("/costs/") ? ids.get("cost") : ids.get("revenue");
      case "staffId" -> callers.get("manager").idString();
      case "key" -> collection.equals("pipeline") ? ids.get("stage") : ids.get("competency");
      case "currency" -> "NOK";
      case "month" -> "2093-01";
      case "period" -> template.contains("/cycles/") ? "2093" : "2093-Q1";
      case "source" -> "fuzz";
      case "externalId" -> ids.get("externalId");
      default -> "x";
    };
  }

  private void world() {
    TestStaff director = fixtures.staff("director");
    callers.put("admin", fixtures.staff("admin"));
    callers.put("finance", fixtures.staff("finance"));
    callers.put("integration", fixtures.staff("integration"));
    callers.put("director", director);
    callers.put("manager", fixtures.staff("manager", director));
    callers.put("executive", fixtures.staff("executive"));
    TestStaff admin = callers.get("admin");
    TestStaff manager = callers.get("manager");
    UUID account = fixtures.account(Fixtures.unique("Fuzz"), manager);
    ids.put("account", account.toString());
    ids.put("externalId", Fixtures.unique("ext"));
    ids.put(
        "deal",
        aDeal()
            .on(account)
            .stage("proposal")
            .category("pipeline")
            .amount("10", "USD")
            .closing("2093-02-01")
            .create()
            .toString());
    ids.put(
        "contact",
        created(admin, "/api/v1/accounts/" + account + "/contacts", "{\"name\": \"Fuzz\"}", "id"));
    ids.put(
        "activity",
        created(
            admin,
            "/api/v1/accounts/" + account + "/activities",
            "{\"type\": \"note\", \"at\": \"2026-01-15T10:00:00Z\", \"subject\": \"Fuzz\"}",
            "id"));
    String invoice =
        "{\"number\": \"%s\", \"accountId\": \"%s\", \"issueDate\": \"2093-01-15\", \"dueDate\": \"2093-02-14\", \"amount\": {\"amount\": \"100.00\", \"currency\": \"USD\"}}";
    ids.put(
        "invoice",
        created(
            admin, "/api/v1/invoices", invoice.formatted(Fixtures.unique("FZ"), account), "id"));
    String issued =
        created(admin, "/api/v1/invoices", invoice.formatted(Fixtures.unique("FZ"), account), "id");
    Api.as(admin).post("/api/v1/invoices/" + issued + "/issue").then().statusCode(200);
    ids.put("issuedInvoice", issued);
    String money = "{\"amount\": \"10\", \"currency\": \"USD\"}";
    ids.put(
        "budget",
        created(
            admin,
            "/api/v1/accounts/" + account + "/budgets",
            "{\"period\": \"2093-Q1\", \"revenue\": " + money + "}",
            "id"));
    ids.put(
        "revenue",
        created(
            admin,
            "/api/v1/accounts/" + account + "/revenue",
            "{\"date\": \"2093-01-05\", \"amount\": " + money + "}",
            "id"));
    ids.put(
        "cost",
        created(
            admin,
            "/api/v1/accounts/" + account + "/costs",
            "{\"date\": \"2093-01-05\", \"category\": \"travel\", \"amount\": " + money + "}",
            "id"));
    Api.as(admin)
        .body(
            "{\"quotas\": [{\"staffId\": \"%s\", \"amount\": %s}]}".formatted(manager.id(), money))
        .put("/api/v1/quotas/periods/2093-Q1")
        .then()
        .statusCode(200);
    ids.put(
        "quota",
        Api.as(admin)
            .queryParam("period", "2093-Q1")
            .queryParam("staffId", manager.idString())
            .get("/api/v1/quotas")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id"));
    ids.put(
        "plan",
        created(
            admin,
            "/api/v1/accounts/" + account + "/plans",
            "{\"fiscalYear\": 2093, \"kpis\": [{\"name\": \"Fuzz\", \"unit\": \"number\", \"target\": \"1\"}]}",
            "id"));
    ids.put(
        "review",
        created(
            admin,
            "/api/v1/reviews",
            "{\"revieweeId\": \"%s\", \"cycle\": \"2093\"}".formatted(manager.id()),
            "id"));
    ids.put(
        "clientReview",
        created(
            admin,
            "/api/v1/accounts/" + account + "/client-reviews",
            "{\"date\": \"2093-01-15\", \"period\": \"2093-Q1\", \"satisfaction\": 7}",
            "id"));
    ids.put(
        "issue",
        created(
            admin,
            "/api/v1/accounts/" + account + "/issues",
            "{\"title\": \"Fuzz\", \"severity\": \"high\", \"category\": \"scope\"}",
            "id"));
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    ids.put(
        "stage",
        created(
            admin,
            "/api/v1/pipeline/stages",
            "{\"key\": \"fz_%s\", \"label\": \"Fuzz\", \"position\": 900, \"defaultProbability\": 10, \"forecastCategory\": \"pipeline\"}"
                .formatted(suffix),
            "key"));
    ids.put(
        "competency",
        created(
            admin,
            "/api/v1/reviews/competencies",
            "{\"key\": \"fz%s\", \"label\": \"Fuzz\", \"position\": 900}".formatted(suffix),
            "key"));
    Api.as(admin)
        .body("{\"currency\": \"NOK\", \"month\": \"2093-01\", \"rate\": \"0.09\"}")
        .post("/api/v1/exchange-rates");
  }

  private static String created(TestStaff caller, String path, String body, String field) {
    return Api.as(caller).body(body).post(path).then().statusCode(201).extract().path(field);
  }

  /** One request, printable as what was sent. */
  private static final class Request {
    final String method;
    final String template;
    final Map<String, String> path = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    String body;

    Request(String method, String template) {
      this.method = method;
      this.template = template;
    }

    void set(Parameter param, String value) {
      switch (param.getIn()) {
        case "path" -> path.put(param.getName(), value);
        case "query" -> query.put(param.getName(), value);
        default -> headers.put(param.getName(), value.replaceAll("[^\\x20-\\x7e]", "?"));
      }
    }

    String url() {
      String url = template;
      for (var p : path.entrySet()) {
        url = url.replace("{" + p.getKey() + "}", encode(p.getValue()).replace("+", "%20"));
      }
      StringBuilder query = new StringBuilder();
      this.query.forEach(
          (name, value) ->
              query
                  .append(query.isEmpty() ? "?" : "&")
                  .append(name)
                  .append('=')
                  .append(encode(value)));
      return url + query;
    }

    private static String encode(String value) {
      // values that are already percent-escapes (invalid UTF-8) travel as they are
      return value.matches("(%[0-9A-F]{2})+")
          ? value
          : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      String shown =
          body == null ? "" : " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
      return method + " " + url() + (headers.isEmpty() ? "" : " " + headers) + shown;
    }
  }
}
