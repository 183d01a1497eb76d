package io.clientele.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.Pages;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountPagingTest {
  @Inject Fixtures fixtures;

  @Test
  void pagingWhileRowsAreInsertedNeverRepeatsOrSkipsARow() {
    TestStaff owner = fixtures.staff("manager");
    Set<String> original = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      original.add(fixtures.account("acct-%02d".formatted(i * 2 + 1), owner).toString());
    }
    List<String> seenIds = new ArrayList<>();
    List<String> seenNames = new ArrayList<>();
    String cursor = null;
    int inserted = 0;
    do {
      var request = Api.as(owner).queryParam("ownerId", owner.idString()).queryParam("limit", 7);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/api/v1/accounts").then().statusCode(200).extract().jsonPath();
      seenIds.addAll(page.getList("items.id"));
      seenNames.addAll(page.getList("items.name"));
      cursor = page.getString("nextCursor");
      // new rows before and after the current position of the reader
      fixtures.account("acct-%02d".formatted(inserted * 2), owner);
      fixtures.account("acct-99-%02d".formatted(inserted++), owner);
    } while (cursor != null);

    assertThat(seenIds).doesNotHaveDuplicates();
    assertThat(seenIds).containsAll(original);
    assertThat(seenNames).isSorted();
  }

  @Test
  void everySortPagesToTheSameOrderAsOneBigPage() {
    TestStaff owner = fixtures.staff("manager");
    String[] tiers = {"A", "B", "C"};
    for (int i = 0; i < 25; i++) {
      Api.as(owner)
          .body("{\"name\": \"s-%d\", \"tier\": \"%s\"}".formatted(i % 6, tiers[i % 3]))
          .post("/api/v1/accounts")
          .then()
          .statusCode(201);
    }
    for (String sort :
        List.of("name", "-name", "tier,-name", "-tier,createdAt", "-updatedAt", "createdAt")) {
      List<String> all =
          Api.as(owner)
              .queryParam("ownerId", owner.idString())
              .queryParam("sort", sort)
              .queryParam("limit", 500)
              .get("/api/v1/accounts")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.id");
      List<String> paged =
          Pages.collect(
              () ->
                  Api.as(owner)
                      .queryParam("ownerId", owner.idString())
                      .queryParam("sort", sort)
                      .queryParam("limit", 4),
              "/api/v1/accounts",
              "id");
      assertThat(paged).as("sort=" + sort).hasSize(25).isEqualTo(all);
    }
  }

  @Test
  void aCursorOfAnotherSortIsRefused() {
    TestStaff owner = fixtures.staff("manager");
    for (int i = 0; i < 3; i++) {
      fixtures.account("c-" + i + "-" + UUID.randomUUID(), owner);
    }
    String cursor =
        Api.as(owner)
            .queryParam("limit", 1)
            .get("/api/v1/accounts")
            .then()
            .extract()
            .path("nextCursor");
    Api.as(owner)
        .queryParam("cursor", cursor)
        .queryParam("sort", "-name")
        .get("/api/v1/accounts")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
  }
}
