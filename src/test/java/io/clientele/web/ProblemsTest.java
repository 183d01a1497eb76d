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
import java.security.KeyPairGenerator;
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
    String id =
        Api.as(manager)
            .body("{\"name\": \"Acme\"}")
            .post(ACCOUNTS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
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
            contains("annualRevenueTarget", "colour", "name", "satisfaction", "tier"))
        .body("errors.find { it.field == 'tier' }.message", equalTo("must be one of [A, B, C]"));
    String id =
        Api.as(manager)
            .body("{\"name\": \"Acme\"}")
            .post(ACCOUNTS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
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
    String id =
        Api.as(manager)
            .body("{\"name\": \"Acme\"}")
            .post(ACCOUNTS)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
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
