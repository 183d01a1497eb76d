package io.clientele.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {
  @Inject Fixtures fixtures;

  @Test
  void aRetryReturnsTheFirstResponseAndCreatesNothingNew() {
    TestStaff manager = fixtures.staff("manager");
    String name = Fixtures.unique("Retry Co");
    String key = Fixtures.unique("key");
    String body = "{\"name\": \"%s\"}".formatted(name);

    Response first =
        Api.as(manager).header("Idempotency-Key", key).body(body).post("/api/v1/accounts");
    first.then().statusCode(201);
    Response retry =
        Api.as(manager).header("Idempotency-Key", key).body(body).post("/api/v1/accounts");
    retry
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", first.header("Location"))
        .body("id", equalTo(first.path("id")));
    assertThat(retry.asString()).isEqualTo(first.asString());
    assertThat(fixtures.count("select count(*) from account where name = ?1", name)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    TestStaff manager = fixtures.staff("manager");
    String key = Fixtures.unique("key");
    Api.as(manager)
        .header("Idempotency-Key", key)
        .body("{\"name\": \"One\"}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(201);
    Api.as(manager)
        .header("Idempotency-Key", key)
        .body("{\"name\": \"Two\"}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("Idempotency-Key"));
  }

  @Test
  void keysBelongToTheirCallerAndFailuresReleaseThem() {
    TestStaff first = fixtures.staff("manager");
    TestStaff second = fixtures.staff("manager");
    String key = Fixtures.unique("key");
    Api.as(first)
        .header("Idempotency-Key", key)
        .body("{\"name\": \"Mine\"}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(201);
    Api.as(second)
        .header("Idempotency-Key", key)
        .body("{\"name\": \"Mine\"}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(201)
        .body("ownerId", equalTo(second.idString()));

    String retried = Fixtures.unique("key");
    Api.as(first)
        .header("Idempotency-Key", retried)
        .body("{\"tier\": \"A\"}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(422);
    Api.as(first)
        .header("Idempotency-Key", retried)
        .body("{\"tier\": \"A\"}")
        .post("/api/v1/accounts")
        .then()
        .statusCode(422)
        .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
  }
}
