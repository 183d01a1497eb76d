package io.clientele.staff;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffResourceTest {
  @Inject Fixtures fixtures;

  @Test
  void adminBuildsTheHierarchyAndCyclesAreRefused() {
    TestStaff admin = fixtures.staff("admin");
    String top = create(admin, "Top", null);
    String middle = create(admin, "Middle", top);
    String bottom = create(admin, "Bottom", middle);

    Api.as(admin)
        .body("{\"managerId\": \"%s\"}".formatted(bottom))
        .patch("/api/v1/staff/" + top)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("managerId"));
    Api.as(admin)
        .body("{\"managerId\": \"%s\"}".formatted(top))
        .patch("/api/v1/staff/" + top)
        .then()
        .statusCode(422);
    Api.as(admin)
        .contentType("application/merge-patch+json")
        .body("{\"managerId\": null, \"title\": \"Account Director\"}")
        .patch("/api/v1/staff/" + bottom)
        .then()
        .statusCode(200)
        .body("managerId", equalTo(null))
        .body("title", equalTo("Account Director"))
        .body("version", equalTo(1));
  }

  @Test
  void reportsAreDirectOrAtAnyDepth() {
    TestStaff director = fixtures.staff("director");
    TestStaff lead = fixtures.staff("director", director);
    TestStaff manager = fixtures.staff("manager", lead);

    Api.as(director)
        .get("/api/v1/staff/" + director.id() + "/reports")
        .then()
        .statusCode(200)
        .body("items.id", contains(lead.idString()));
    Api.as(director)
        .queryParam("depth", "all")
        .get("/api/v1/staff/" + director.id() + "/reports")
        .then()
        .statusCode(200)
        .body("items.id", containsInAnyOrder(lead.idString(), manager.idString()));
    Api.as(director)
        .queryParam("depth", "some")
        .get("/api/v1/staff/" + director.id() + "/reports")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("depth"));
  }

  @Test
  void theDirectoryFiltersByRoleManagerAndName() {
    TestStaff director = fixtures.staff("director");
    TestStaff manager = fixtures.staff("manager", director);
    Api.as(manager)
        .queryParam("managerId", director.idString())
        .get("/api/v1/staff")
        .then()
        .statusCode(200)
        .body("items.id", contains(manager.idString()));
    Api.as(manager)
        .queryParam("q", manager.subject().toUpperCase())
        .get("/api/v1/staff")
        .then()
        .body("items.id", contains(manager.idString()));
    Api.as(manager)
        .queryParam("role", "director")
        .queryParam("limit", 500)
        .get("/api/v1/staff")
        .then()
        .body("items.id", hasItem(director.idString()))
        .body("items.id", not(hasItem(manager.idString())));
  }

  @Test
  void onlyAdminsWriteStaff() {
    TestStaff director = fixtures.staff("director");
    Api.as(director).body("{\"name\": \"Nope\"}").post("/api/v1/staff").then().statusCode(403);
    Api.as(director)
        .body("{\"name\": \"Nope\"}")
        .patch("/api/v1/staff/" + director.id())
        .then()
        .statusCode(403);
  }

  @Test
  void aDuplicateSubjectIs409() {
    TestStaff admin = fixtures.staff("admin");
    Api.as(admin)
        .body("{\"name\": \"Twin\", \"subject\": \"%s\"}".formatted(admin.subject()))
        .post("/api/v1/staff")
        .then()
        .statusCode(409);
  }

  private static String create(TestStaff admin, String name, String managerId) {
    String manager = managerId == null ? "null" : "\"" + managerId + "\"";
    return Api.as(admin)
        .body("{\"name\": \"%s\", \"managerId\": %s}".formatted(Fixtures.unique(name), manager))
        .post("/api/v1/staff")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
