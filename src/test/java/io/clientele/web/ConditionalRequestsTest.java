package io.clientele.web;

import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConditionalRequestsTest {
  @Inject Fixtures fixtures;

  @Test
  void etagRoundTripWithStaleIfMatch() {
    TestStaff manager = fixtures.staff("manager");
    String id =
        Api.as(manager)
            .body("{\"name\": \"Etag Co\"}")
            .post("/api/v1/accounts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String url = "/api/v1/accounts/" + id;

    String etag =
        Api.as(manager)
            .get(url)
            .then()
            .statusCode(200)
            .header("ETag", "\"0\"")
            .extract()
            .header("ETag");
    Api.as(manager).header("If-None-Match", etag).get(url).then().statusCode(304);

    Api.as(manager)
        .header("If-Match", etag)
        .contentType("application/merge-patch+json")
        .body("{\"tier\": \"A\", \"industry\": null}")
        .patch(url)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("tier", equalTo("A"))
        .body("version", equalTo(1));

    // the old tag is stale now: the write is refused and nothing changes
    Api.as(manager)
        .header("If-Match", etag)
        .body("{\"tier\": \"C\"}")
        .patch(url)
        .then()
        .statusCode(412);
    Api.as(manager).header("If-Match", etag).delete(url).then().statusCode(412);
    Api.as(manager)
        .header("If-None-Match", etag)
        .get(url)
        .then()
        .statusCode(200)
        .body("tier", equalTo("A"));

    Api.as(manager).header("If-Match", "\"1\"").delete(url).then().statusCode(204);
    Api.as(manager).get(url).then().statusCode(404);
  }

  @Test
  void aPatchThatChangesNothingKeepsTheVersion() {
    TestStaff manager = fixtures.staff("manager");
    String id =
        Api.as(manager)
            .body("{\"name\": \"Same Co\", \"tier\": \"B\"}")
            .post("/api/v1/accounts")
            .then()
            .extract()
            .path("id");
    Api.as(manager)
        .body("{\"tier\": \"B\"}")
        .patch("/api/v1/accounts/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(0));
  }

  @Test
  void applicationJsonPatchIsReadAsMergePatch() {
    TestStaff manager = fixtures.staff("manager");
    String id =
        Api.as(manager)
            .body("{\"name\": \"Merge Co\", \"region\": \"EMEA\", \"industry\": \"retail\"}")
            .post("/api/v1/accounts")
            .then()
            .extract()
            .path("id");
    Api.as(manager)
        .body("{\"region\": null}")
        .patch("/api/v1/accounts/" + id)
        .then()
        .statusCode(200)
        .body("region", equalTo(null))
        .body("industry", equalTo("retail"))
        .body("name", equalTo("Merge Co"));
  }
}
