package io.clientele.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountVisibilityTest {
  @Inject Fixtures fixtures;

  @Test
  void managerCannotReadAnotherManagersAccount() {
    TestStaff alice = fixtures.staff("manager");
    TestStaff bob = fixtures.staff("manager");
    UUID bobs = fixtures.account(Fixtures.unique("Bobs"), bob);

    Api.as(alice).get("/api/v1/accounts/" + bobs).then().statusCode(404);
    Api.as(alice)
        .queryParam("ownerId", bob.idString())
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items", empty());
    Api.as(alice)
        .body("{\"tier\": \"A\"}")
        .patch("/api/v1/accounts/" + bobs)
        .then()
        .statusCode(404);
    Api.as(alice).delete("/api/v1/accounts/" + bobs).then().statusCode(404);
    Api.as(alice).get("/api/v1/accounts/" + bobs + "/contacts").then().statusCode(404);
    Api.as(bob).get("/api/v1/accounts/" + bobs).then().statusCode(200);
  }

  @Test
  void directorSeesThreeLevelsDownAndNothingOutsideTheTeam() {
    TestStaff director = fixtures.staff("director");
    TestStaff level1 = fixtures.staff("director", director);
    TestStaff level2 = fixtures.staff("director", level1);
    TestStaff level3 = fixtures.staff("manager", level2);
    TestStaff outsider = fixtures.staff("manager");
    String deep = Fixtures.unique("Deep");
    UUID deepAccount = fixtures.account(deep, level3);
    UUID mid = fixtures.account(Fixtures.unique("Mid"), level1);
    UUID foreign = fixtures.account(Fixtures.unique("Foreign"), outsider);

    Api.as(director)
        .get("/api/v1/accounts/" + deepAccount)
        .then()
        .statusCode(200)
        .body("name", equalTo(deep));
    Api.as(director).get("/api/v1/accounts/" + mid).then().statusCode(200);
    Api.as(director).get("/api/v1/accounts/" + foreign).then().statusCode(404);
    Api.as(director)
        .queryParam("limit", 500)
        .get("/api/v1/accounts")
        .then()
        .statusCode(200)
        .body("items.id", containsInAnyOrder(deepAccount.toString(), mid.toString()));
    // the middle of the tree sees below itself, not above
    Api.as(level2).get("/api/v1/accounts/" + deepAccount).then().statusCode(200);
    Api.as(level2).get("/api/v1/accounts/" + mid).then().statusCode(404);
  }

  @Test
  void teamMembershipGrantsVisibilityUntilRemoved() {
    TestStaff owner = fixtures.staff("manager");
    TestStaff colleague = fixtures.staff("manager");
    UUID account = fixtures.account(Fixtures.unique("Shared"), owner);

    Api.as(colleague).get("/api/v1/accounts/" + account).then().statusCode(404);
    Api.as(owner)
        .body("{\"role\": \"strategist\"}")
        .put("/api/v1/accounts/" + account + "/team/" + colleague.id())
        .then()
        .statusCode(201)
        .body("staffId", contains(colleague.idString()))
        .body("role", contains("strategist"));
    Api.as(colleague).get("/api/v1/accounts/" + account).then().statusCode(200);
    Api.as(colleague)
        .queryParam("limit", 500)
        .get("/api/v1/accounts")
        .then()
        .body("items.id", contains(account.toString()));
    Api.as(owner)
        .delete("/api/v1/accounts/" + account + "/team/" + colleague.id())
        .then()
        .statusCode(204);
    Api.as(colleague).get("/api/v1/accounts/" + account).then().statusCode(404);
  }

  @Test
  void companyWideRolesReadEveryAccount() {
    TestStaff owner = fixtures.staff("manager");
    UUID account = fixtures.account(Fixtures.unique("Anyone"), owner);
    for (String role : new String[] {"admin", "executive", "finance", "integration"}) {
      Api.as(fixtures.staff(role)).get("/api/v1/accounts/" + account).then().statusCode(200);
    }
  }

  @Test
  void ownersAreAssignedOnlyWithinReach() {
    TestStaff director = fixtures.staff("director");
    TestStaff report = fixtures.staff("manager", director);
    TestStaff stranger = fixtures.staff("manager");

    Api.as(report)
        .body("{\"name\": \"Mine\", \"ownerId\": \"%s\"}".formatted(stranger.id()))
        .post("/api/v1/accounts")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("ownerId"));
    String id =
        Api.as(director)
            .body("{\"name\": \"For my report\", \"ownerId\": \"%s\"}".formatted(report.id()))
            .post("/api/v1/accounts")
            .then()
            .statusCode(201)
            .body("ownerId", equalTo(report.idString()))
            .extract()
            .path("id");
    Api.as(director)
        .body("{\"ownerId\": \"%s\"}".formatted(stranger.id()))
        .patch("/api/v1/accounts/" + id)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("ownerId"));
    Api.as(fixtures.staff("admin"))
        .body("{\"ownerId\": \"%s\"}".formatted(stranger.id()))
        .patch("/api/v1/accounts/" + id)
        .then()
        .statusCode(200)
        .body("ownerId", equalTo(stranger.idString()));
    // the old owner and their director no longer see it
    Api.as(report).get("/api/v1/accounts/" + id).then().statusCode(404);
    Api.as(director).get("/api/v1/accounts/" + id).then().statusCode(404);
  }
}
