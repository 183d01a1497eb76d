package io.clientele.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.clientele.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error class of the web conventions answers problem+json with the right status. */
@QuarkusTest
class ProblemsTest {
  private static final String ACCOUNTS = "/api/v1/accounts";
  @Inject Fixtures fixtures;
  TestStaff manager;

  @BeforeEach
  void caller() {
    manager = fixtures.staff("manager");
  }

  static ValidatableResponse problem(ValidatableResponse response, int status, String kind) {
    return response
        .statusCode(status)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(status))
        .body("type", equalTo("https://clientele.io/problems/" + kind))
        .body("title", org.hamcrest.Matchers.notNullValue())
        .body("detail", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void malformedJsonIs400() {
    problem(Api.as(manager).body("{\"name\": ").post(ACCOUNTS).then(), 400, "malformed-json");
  }

  @Test
  void missingBodyIs400() {
    problem(Api.as(manager).post(ACCOUNTS).then(), 400, "bad-request");
  }

  @Test
  void wrongTypeIs422WithTheField() {
    problem(
            Api.as(manager)
                .body("{\"name\": \"Acme\", \"satisfaction\": \"high\"}")
                .post(ACCOUNTS)
                .then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("satisfaction"));
    problem(
            Api.as(manager).body("{\"name\": {\"first\": \"Acme\"}}").post(ACCOUNTS).then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("name"));
  }

  @Test
  void unknownEnumValueIs422NamingTheAllowedOnes() {
    problem(
            Api.as(manager).body("{\"name\": \"Acme\", \"tier\": \"Z\"}").post(ACCOUNTS).then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("tier"))
        .body("errors[0].message", equalTo("must be one of [A, B, C]"));
    problem(
            Api.as(manager).body("{\"name\": \"Acme\", \"tier\": 1}").post(ACCOUNTS).then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("tier"));
  }

  @Test
  void unknownAndReadOnlyPropertiesAre422() {
    problem(
            Api.as(manager).body("{\"name\": \"Acme\", \"colour\": \"red\"}").post(ACCOUNTS).then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("colour"));
    problem(
            Api.as(manager)
                .body("{\"name\": \"Acme\", \"id\": \"" + UUID.randomUUID() + "\"}")
                .post(ACCOUNTS)
                .then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("id"));
    String id = fixtures.account(Fixtures.unique("Acme"), manager).toString();
    problem(
            Api.as(manager)
                .contentType("application/merge-patch+json")
                .body("{\"version\": 9}")
                .patch(ACCOUNTS + "/" + id)
                .then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("version"));
  }

  @Test
  void missingAndInvalidFieldsAre422WithEveryField() {
    problem(Api.as(manager).body("{}").post(ACCOUNTS).then(), 422, "validation")
        .body("errors.field", hasItem("name"));
    problem(
            Api.as(manager)
                .body(
                    "{\"name\": \" \", \"satisfaction\": 11, \"annualRevenueTarget\": {\"amount\": \"1\"}}")
                .post(ACCOUNTS)
                .then(),
            422,
            "validation")
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("satisfaction"))
        .body("errors.field", hasItem("annualRevenueTarget.currency"));
  }

  @Test
  void everyBadFieldOfABodyIsNamedAtOnce() {
    // a wrong type, an unknown enum value, an unknown property, a refused currency and a blank name
    problem(
            Api.as(manager)
                .body(
                    """
                    {"name": " ", "tier": "Z", "satisfaction": "high", "colour": "red",
                     "annualRevenueTarget": {"amount": "10", "currency": "XXY"}}
                    """)
                .post(ACCOUNTS)
                .then(),
            422,
            "validation")
        .body("detail", equalTo("The request has 5 invalid fields"))
        .body(
            "errors.field",
            contains("annualRevenueTarget.currency", "colour", "name", "satisfaction", "tier"))
        .body("errors.find { it.field == 'tier' }.message", equalTo("must be one of [A, B, C]"));
    String id = fixtures.account(Fixtures.unique("Acme"), manager).toString();
    problem(
            Api.as(manager)
                .contentType("application/merge-patch+json")
                .body("{\"tier\": \"Z\", \"status\": 3, \"version\": 9}")
                .patch(ACCOUNTS + "/" + id)
                .then(),
            422,
            "validation")
        .body("errors.field", contains("status", "tier", "version"));
    Api.as(manager).get(ACCOUNTS + "/" + id).then().body("version", equalTo(0));
  }

  @Test
  void badMoneyIs422() {
    problem(
            Api.as(manager)
                .body(
                    "{\"name\": \"Acme\", \"annualRevenueTarget\": {\"amount\": \"10.001\", \"currency\": \"EUR\"}}")
                .post(ACCOUNTS)
                .then(),
            422,
            "validation")
        .body("errors[0].message", containsString("at most 2 decimals"));
    problem(
            Api.as(manager)
                .body(
                    "{\"name\": \"Acme\", \"annualRevenueTarget\": {\"amount\": \"10\", \"currency\": \"XXY\"}}")
                .post(ACCOUNTS)
                .then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("annualRevenueTarget.currency"))
        .body("errors[0].message", containsString("unknown ISO 4217 currency"));
    problem(
            Api.as(manager)
                .body(
                    "{\"name\": \"Acme\", \"annualRevenueTarget\": {\"amount\": \"-5\", \"currency\": \"EUR\"}}")
                .post(ACCOUNTS)
                .then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("annualRevenueTarget.amount"));
  }

  @Test
  void everyMoneyInputRefusesHugeExponentNumericAndSpacedAmounts() {
    TestStaff finance = fixtures.staff("finance");
    UUID account = fixtures.account(Fixtures.unique("Money"), manager);
    String invoice =
        Api.as(finance)
            .body(
                """
                {"number": "%s", "accountId": "%s", "issueDate": "2026-01-15", "dueDate": "2026-02-14",
                 "amount": {"amount": "100.00", "currency": "USD"}}
                """
                    .formatted(Fixtures.unique("INV"), account))
            .post("/api/v1/invoices")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(finance).post("/api/v1/invoices/" + invoice + "/issue").then().statusCode(200);
    Map<String, String> bodies =
        Map.of(
            "/api/v1/accounts/" + account + "/revenue",
            "{\"date\": \"2026-01-05\", \"amount\": %s}",
            "/api/v1/accounts/" + account + "/costs",
            "{\"date\": \"2026-01-05\", \"category\": \"travel\", \"amount\": %s}",
            "/api/v1/invoices",
            "{\"number\": \"N-1\", \"accountId\": \""
                + account
                + "\", \"issueDate\": \"2026-01-15\", \"dueDate\": \"2026-02-14\", \"amount\": %s}",
            "/api/v1/invoices/" + invoice + "/payments",
            "{\"date\": \"2026-02-01\", \"amount\": %s}");
    Map<String, String> amounts =
        Map.of(
            "{\"amount\": \"1234567890123456789012345678901234567890\", \"currency\": \"USD\"}",
            "at most 15 integer digits",
            "{\"amount\": \"1e400\", \"currency\": \"USD\"}",
            "at most 15 integer digits",
            "{\"amount\": \"1234567890123456\", \"currency\": \"USD\"}",
            "at most 15 integer digits",
            "{\"amount\": 10.5, \"currency\": \"USD\"}",
            "must be a string",
            "{\"amount\": 1e400, \"currency\": \"USD\"}",
            "must be a string",
            "{\"amount\": \" 10\", \"currency\": \"USD\"}",
            "at most 15 integer digits");
    bodies.forEach(
        (path, body) ->
            amounts.forEach(
                (amount, message) ->
                    problem(
                            Api.as(finance).body(body.formatted(amount)).post(path).then(),
                            422,
                            "validation")
                        .body("errors[0].field", equalTo("amount.amount"))
                        .body("errors[0].message", containsString(message))));
    // the most a money input may hold is 15 integer digits
    Api.as(finance)
        .body(
            body(bodies, "/revenue")
                .formatted("{\"amount\": \"999999999999999.99\", \"currency\": \"USD\"}"))
        .post("/api/v1/accounts/" + account + "/revenue")
        .then()
        .statusCode(201);
  }

  private static String body(Map<String, String> bodies, String suffix) {
    return bodies.entrySet().stream()
        .filter(e -> e.getKey().endsWith(suffix))
        .findFirst()
        .orElseThrow()
        .getValue();
  }

  @Test
  void onlyActiveIso4217CurrenciesAreAccepted() {
    for (String code :
        new String[] {
          "XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XSU", "XUA", "DEM", "BOV"
        }) {
      problem(
              Api.as(manager)
                  .body(
                      "{\"name\": \"Acme\", \"annualRevenueTarget\": {\"amount\": \"10\", \"currency\": \"%s\"}}"
                          .formatted(code))
                  .post(ACCOUNTS)
                  .then(),
              422,
              "validation")
          .body("errors[0].field", equalTo("annualRevenueTarget.currency"))
          .body("errors[0].message", containsString("unknown ISO 4217 currency"));
      problem(
              Api.as(fixtures.staff("admin"))
                  .body(
                      "{\"currency\": \"%s\", \"month\": \"2091-01\", \"rate\": \"1.5\"}"
                          .formatted(code))
                  .post("/api/v1/exchange-rates")
                  .then(),
              422,
              "validation")
          .body("errors[0].field", equalTo("currency"));
    }
    Api.as(manager)
        .body(
            "{\"name\": \"Acme\", \"annualRevenueTarget\": {\"amount\": \"10\", \"currency\": \"CHF\"}}")
        .post(ACCOUNTS)
        .then()
        .statusCode(201);
  }

  @Test
  void noTokenIs401WithABearerChallenge() {
    problem(Api.anonymous().get(ACCOUNTS).then(), 401, "unauthorized")
        .header("WWW-Authenticate", startsWith("Bearer"));
  }

  @Test
  void tokenFromAnotherIssuerKeyIs401() throws Exception {
    var otherKey = KeyPairGenerator.getInstance("RSA");
    otherKey.initialize(2048);
    String forged =
        io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER)
            .audience(Tokens.AUDIENCE)
            .subject(manager.subject())
            .groups(Set.of("admin"))
            .jws()
            .keyId("1")
            .sign(otherKey.generateKeyPair().getPrivate());
    problem(Api.as(forged).get(ACCOUNTS).then(), 401, "unauthorized");
  }

  @Test
  void wrongRoleIs403() {
    problem(
        Api.as(fixtures.staff("executive")).body("{\"name\": \"Acme\"}").post(ACCOUNTS).then(),
        403,
        "forbidden");
  }

  @Test
  void unknownRecordAndUnknownPathAre404() {
    problem(Api.as(manager).get(ACCOUNTS + "/" + UUID.randomUUID()).then(), 404, "not-found");
    problem(Api.unchecked(manager.token()).get("/api/v1/nothing-here").then(), 404, "not-found");
  }

  @Test
  void unsupportedMethodIs405() {
    problem(Api.unchecked(manager.token()).delete(ACCOUNTS).then(), 405, "method-not-allowed");
  }

  @Test
  void unacceptableMediaTypeIs406() {
    problem(Api.as(manager).accept("application/xml").get(ACCOUNTS).then(), 406, "not-acceptable");
  }

  @Test
  void duplicateExternalIdIs409() {
    String body =
        "{\"name\": \"Acme\", \"externalIds\": [{\"source\": \"hubspot\", \"externalId\": \"%s\"}]}"
            .formatted(Fixtures.unique("hs"));
    Api.as(manager).body(body).post(ACCOUNTS).then().statusCode(201);
    problem(Api.as(manager).body(body).post(ACCOUNTS).then(), 409, "conflict")
        .body("detail", containsString("external id"));
  }

  @Test
  void staleIfMatchIs412() {
    String id = fixtures.account(Fixtures.unique("Acme"), manager).toString();
    problem(
        Api.as(manager)
            .header("If-Match", "\"7\"")
            .body("{\"tier\": \"A\"}")
            .patch(ACCOUNTS + "/" + id)
            .then(),
        412,
        "stale-version");
  }

  @Test
  void oversizedBodyIs413() {
    String huge = "{\"name\": \"" + "x".repeat(1_200_000) + "\"}";
    problem(Api.as(manager).body(huge).post(ACCOUNTS).then(), 413, "payload-too-large");
  }

  @Test
  void unsupportedContentTypeIs415() {
    problem(
        Api.as(manager).contentType("text/plain").body("name=Acme").post(ACCOUNTS).then(),
        415,
        "unsupported-media-type");
  }

  @Test
  void nulInABodyStringIs422NamingTheField() {
    problem(
            Api.as(manager).body("{\"name\": \"a\\u0000b\"}").post(ACCOUNTS).then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("name"))
        .body("errors[0].message", containsString("NUL"));
    String id = fixtures.account(Fixtures.unique("Acme"), manager).toString();
    problem(
            Api.as(manager)
                .contentType(MergePatch.MEDIA_TYPE)
                .body("{\"region\": \"\\u0000\"}")
                .patch(ACCOUNTS + "/" + id)
                .then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("region"));
  }

  @Test
  void nulInAQueryOrPathParameterIs400NamingIt() {
    problem(
            Api.as(manager).urlEncodingEnabled(false).get(ACCOUNTS + "?q=a%00b").then(),
            400,
            "bad-request")
        .body("errors[0].field", equalTo("q"));
    problem(
            Api.as(manager).urlEncodingEnabled(false).get("/api/v1/pipeline/stages/a%00b").then(),
            400,
            "bad-request")
        .body("errors[0].field", equalTo("key"));
  }

  @Test
  void datesBeyondYear9999Are400Or422NamingTheField() {
    problem(
            Api.as(manager)
                .queryParam("closeDateTo", "+999999999-12-31")
                .get("/api/v1/opportunities")
                .then(),
            400,
            "bad-request")
        .body("errors[0].field", equalTo("closeDateTo"));
    problem(
            Api.as(manager)
                .body("{\"name\": \"Acme\", \"renewalDate\": \"+999999999-12-31\"}")
                .post(ACCOUNTS)
                .then(),
            422,
            "validation")
        .body("errors[0].field", equalTo("renewalDate"));
  }

  @Test
  void deeplyNestedMergePatchIs400LikeAPost() {
    String id = fixtures.account(Fixtures.unique("Acme"), manager).toString();
    for (int depth : new int[] {999, 1000, 1001, 5000}) {
      String patch = "{\"region\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
      Api.as(manager)
          .contentType(MergePatch.MEDIA_TYPE)
          .body(patch)
          .patch(ACCOUNTS + "/" + id)
          .then()
          .statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(422)))
          .contentType(startsWith("application/problem+json"));
    }
    problem(
        Api.as(manager)
            .contentType(MergePatch.MEDIA_TYPE)
            .body("{\"region\": " + "[".repeat(1500) + "]".repeat(1500) + "}")
            .patch(ACCOUNTS + "/" + id)
            .then(),
        400,
        "malformed-json");
  }

  @Test
  void chunkedBodyOverTheLimitIs413Problem() throws Exception {
    byte[] huge =
        ("{\"name\": \"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    Chunked answer = Chunked.post(ACCOUNTS, manager.token(), huge);
    org.assertj.core.api.Assertions.assertThat(answer.status()).isEqualTo(413);
    org.assertj.core.api.Assertions.assertThat(answer.contentType())
        .startsWith("application/problem+json");
    org.assertj.core.api.Assertions.assertThat(answer.body()).contains("\"status\":413");
    // a chunked body under the limit is read as usual
    Chunked small =
        Chunked.post(
            ACCOUNTS, manager.token(), "{\"name\": \"Chunked\"}".getBytes(StandardCharsets.UTF_8));
    org.assertj.core.api.Assertions.assertThat(small.status()).isEqualTo(201);
  }

  /** A POST with `Transfer-Encoding: chunked` and no length, over a plain socket. */
  record Chunked(int status, String contentType, String body) {
    static Chunked post(String path, String token, byte[] body) throws Exception {
      try (var socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
        socket.setSoTimeout(20_000);
        var out = socket.getOutputStream();
        out.write(
            ("POST "
                    + path
                    + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + token
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        try {
          for (int at = 0; at < body.length; at += 16_384) {
            int n = Math.min(16_384, body.length - at);
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        } catch (java.io.IOException e) {
          // the server may answer and close before it has read everything
        }
        var in =
            new java.io.BufferedReader(
                new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        int status = Integer.parseInt(in.readLine().split(" ")[1]);
        String contentType = "";
        long length = -1;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
          String lower = line.toLowerCase(java.util.Locale.ROOT);
          if (lower.startsWith("content-type:")) {
            contentType = line.substring(13).trim();
          } else if (lower.startsWith("content-length:")) {
            length = Long.parseLong(line.substring(15).trim());
          }
        }
        char[] text = new char[(int) Math.max(length, 0)];
        int read = 0;
        while (read < text.length) {
          int n = in.read(text, read, text.length - read);
          if (n < 0) {
            break;
          }
          read += n;
        }
        return new Chunked(status, contentType, new String(text, 0, read));
      }
    }
  }

  @Test
  void badQueryParametersAre400NamingTheParameter() {
    problem(Api.as(manager).queryParam("limit", 1000).get(ACCOUNTS).then(), 400, "bad-request")
        .body("errors[0].field", equalTo("limit"));
    problem(Api.as(manager).queryParam("limit", "many").get(ACCOUNTS).then(), 400, "bad-request")
        .body("errors[0].field", equalTo("limit"));
    problem(
            Api.as(manager).queryParam("cursor", "not-a-cursor").get(ACCOUNTS).then(),
            400,
            "bad-request")
        .body("errors[0].field", equalTo("cursor"));
    problem(Api.as(manager).queryParam("sort", "colour").get(ACCOUNTS).then(), 400, "bad-request")
        .body("errors[0].field", equalTo("sort"));
    problem(Api.as(manager).queryParam("tier", "Z").get(ACCOUNTS).then(), 400, "bad-request")
        .body("errors[0].field", equalTo("tier"));
    problem(Api.as(manager).queryParam("ownerId", "me").get(ACCOUNTS).then(), 400, "bad-request")
        .body("errors[0].field", equalTo("ownerId"));
    problem(
            Api.as(manager).queryParam("updatedSince", "yesterday").get(ACCOUNTS).then(),
            400,
            "bad-request")
        .body("errors[0].field", equalTo("updatedSince"));
  }

  @Test
  void failedWritesLeaveNothingBehind() {
    String name = Fixtures.unique("Half");
    Api.as(manager)
        .body(
            "{\"name\": \"%s\", \"tier\": \"A\", \"parentId\": \"%s\"}"
                .formatted(name, UUID.randomUUID()))
        .post(ACCOUNTS)
        .then()
        .statusCode(422);
    org.assertj.core.api.Assertions.assertThat(
            fixtures.count("select count(*) from account where name = ?1", name))
        .isZero();
  }
}
