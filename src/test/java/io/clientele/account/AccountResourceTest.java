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
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {
  private static final String ACCOUNTS = "/api/v1/accounts";
  @Inject Fixtures fixtures;
  TestStaff max;

  @BeforeEach
  void manager() {
    max = fixtures.staff("manager");
  }

  private String create(String json) {
    return Api.as(max).body(json).post(ACCOUNTS).then().statusCode(201).extract().path("id");
  }

  @Test
  void managerCreatesAndReadsTheirAccountWithEveryField() {
    String externalId = Fixtures.unique("001A");
    String id =
        Api.as(max)
            .body(
                """
                {"name": "Northwind Holdings", "industry": "retail", "tier": "A", "status": "active",
                 "region": "EMEA", "annualRevenueTarget": {"amount": "2400000", "currency": "EUR"},
                 "satisfaction": 8.5, "renewalDate": "2027-03-31",
                 "externalIds": [{"source": "salesforce", "externalId": "%s"}]}
                """
                    .formatted(externalId))
            .post(ACCOUNTS)
            .then()
            .statusCode(201)
            .header("ETag", "\"0\"")
            .body("ownerId", equalTo(max.idString()))
            .extract()
            .path("id");
    Api.as(max)
        .get(ACCOUNTS + "/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Northwind Holdings"))
        .body("industry", equalTo("retail"))
        .body("tier", equalTo("A"))
        .body("status", equalTo("active"))
        .body("region", equalTo("EMEA"))
        .body("parentId", equalTo(null))
        .body("annualRevenueTarget.amount", equalTo("2400000.00"))
        .body("annualRevenueTarget.currency", equalTo("EUR"))
        .body("satisfaction", equalTo(8.5f))
        .body("renewalDate", equalTo("2027-03-31"))
        .body("externalIds.externalId", contains(externalId))
        .body("version", equalTo(0));
  }

  @Test
  void defaultsAreTierCAndProspect() {
    String id = create("{\"name\": \"Plain\"}");
    Api.as(max)
        .get(ACCOUNTS + "/" + id)
        .then()
        .body("tier", equalTo("C"))
        .body("status", equalTo("prospect"));
  }

  @Test
  void locationNamesTheNewAccount() {
    var created = Api.as(max).body("{\"name\": \"Located\"}").post(ACCOUNTS);
    String id = created.then().statusCode(201).extract().path("id");
    org.assertj.core.api.Assertions.assertThat(created.header("Location"))
        .endsWith("/api/v1/accounts/" + id);
  }

  @Test
  void everyFilterNarrowsTheList() {
    String parent =
        create(
            "{\"name\": \"Holding\", \"tier\": \"A\", \"status\": \"active\", \"region\": \"EMEA\", \"industry\": \"retail\"}");
    String child =
        create(
            "{\"name\": \"Holding Digital\", \"tier\": \"B\", \"status\": \"at_risk\", \"region\": \"APAC\", \"industry\": \"media\", \"parentId\": \"%s\"}"
                .formatted(parent));
    Instant between = Instant.now();
    String late = create("{\"name\": \"Late_Comer 100%\", \"tier\": \"C\"}");
    String owner = max.idString();

    var base =
        (java.util.function.Supplier<io.restassured.specification.RequestSpecification>)
            () -> Api.as(max).queryParam("ownerId", owner);
    base.get().queryParam("tier", "B").get(ACCOUNTS).then().body("items.id", contains(child));
    base.get()
        .queryParam("status", "active")
        .get(ACCOUNTS)
        .then()
        .body("items.id", contains(parent));
    base.get().queryParam("region", "APAC").get(ACCOUNTS).then().body("items.id", contains(child));
    base.get()
        .queryParam("industry", "retail")
        .get(ACCOUNTS)
        .then()
        .body("items.id", contains(parent));
    base.get()
        .queryParam("parentId", parent)
        .get(ACCOUNTS)
        .then()
        .body("items.id", contains(child));
    base.get()
        .queryParam("q", "hOLDING")
        .get(ACCOUNTS)
        .then()
        .body("items.id", contains(parent, child));
    // q is literal: % and _ match themselves, not anything
    base.get().queryParam("q", "_comer 100%").get(ACCOUNTS).then().body("items.id", contains(late));
    base.get().queryParam("q", "%").get(ACCOUNTS).then().body("items.id", contains(late));
    base.get()
        .queryParam("updatedSince", between.toString())
        .get(ACCOUNTS)
        .then()
        .body("items.id", contains(late));
    base.get()
        .queryParam("sort", "tier")
        .get(ACCOUNTS)
        .then()
        .body("items.id", contains(parent, child, late));
    base.get()
        .queryParam("sort", "-name")
        .get(ACCOUNTS)
        .then()
        .body("items.id", contains(late, child, parent));
    Api.as(max)
        .queryParam("ownerId", fixtures.staff("manager").idString())
        .get(ACCOUNTS)
        .then()
        .body("items", empty());
  }

  @Test
  void parentCyclesAreRefused() {
    String top = create("{\"name\": \"Top\"}");
    String middle = create("{\"name\": \"Middle\", \"parentId\": \"%s\"}".formatted(top));
    String bottom = create("{\"name\": \"Bottom\", \"parentId\": \"%s\"}".formatted(middle));
    Api.as(max)
        .body("{\"parentId\": \"%s\"}".formatted(bottom))
        .patch(ACCOUNTS + "/" + top)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("parentId"));
    Api.as(max)
        .body("{\"parentId\": \"%s\"}".formatted(top))
        .patch(ACCOUNTS + "/" + top)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("parentId"));
    Api.as(max)
        .body("{\"parentId\": \"%s\"}".formatted(top))
        .patch(ACCOUNTS + "/" + bottom)
        .then()
        .statusCode(200);
  }

  @Test
  void anInvisibleParentIsRefusedLikeAMissingOne() {
    String foreign =
        fixtures.account(Fixtures.unique("Foreign"), fixtures.staff("manager")).toString();
    Api.as(max)
        .body("{\"name\": \"Child\", \"parentId\": \"%s\"}".formatted(foreign))
        .post(ACCOUNTS)
        .then()
        .statusCode(422)
        .body("errors[0].message", equalTo("no such account"));
  }

  @Test
  void softDeleteHidesTheAccountAndAParentWithChildrenIsKept() {
    String parent = create("{\"name\": \"Parent\"}");
    String child = create("{\"name\": \"Child\", \"parentId\": \"%s\"}".formatted(parent));
    Api.as(max).delete(ACCOUNTS + "/" + parent).then().statusCode(409);
    Api.as(max).delete(ACCOUNTS + "/" + child).then().statusCode(204);
    Api.as(max).get(ACCOUNTS + "/" + child).then().statusCode(404);
    Api.as(max)
        .queryParam("ownerId", max.idString())
        .get(ACCOUNTS)
        .then()
        .body("items.id", contains(parent));
    Api.as(max).delete(ACCOUNTS + "/" + parent).then().statusCode(204);
    org.assertj.core.api.Assertions.assertThat(
            fixtures.count(
                "select count(*) from account where id in (cast(?1 as uuid), cast(?2 as uuid)) and deleted_at is not null",
                parent,
                child))
        .isEqualTo(2);
  }

  @Test
  void externalIdsAreOnePerSourceAndCanBeReplaced() {
    String first = Fixtures.unique("sf");
    String id =
        create(
            "{\"name\": \"Ids\", \"externalIds\": [{\"source\": \"salesforce\", \"externalId\": \"%s\"}]}"
                .formatted(first));
    Api.as(max)
        .body(
            "{\"externalIds\": [{\"source\": \"a\", \"externalId\": \"1\"}, {\"source\": \"a\", \"externalId\": \"2\"}]}")
        .patch(ACCOUNTS + "/" + id)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("externalIds"));
    Api.as(max)
        .body("{\"externalIds\": [{\"source\": \"Sales Force\", \"externalId\": \"1\"}]}")
        .patch(ACCOUNTS + "/" + id)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("externalIds[0].source"));
    String hub = Fixtures.unique("hs");
    Api.as(max)
        .body(
            "{\"externalIds\": [{\"source\": \"hubspot\", \"externalId\": \"%s\"}, {\"source\": \"salesforce\", \"externalId\": \"%s\"}]}"
                .formatted(hub, first))
        .patch(ACCOUNTS + "/" + id)
        .then()
        .statusCode(200)
        .body("externalIds.source", contains("hubspot", "salesforce"))
        .body("version", equalTo(1));
  }

  @Test
  void contactsLiveWithTheirAccount() {
    String account = create("{\"name\": \"With contacts\"}");
    var created =
        Api.as(max)
            .body(
                "{\"name\": \"Grace Hopper\", \"title\": \"CMO\", \"email\": \"grace@example.com\", \"influence\": \"decision_maker\"}")
            .post(ACCOUNTS + "/" + account + "/contacts");
    String grace =
        created.then().statusCode(201).body("accountId", equalTo(account)).extract().path("id");
    org.assertj.core.api.Assertions.assertThat(created.header("Location"))
        .endsWith("/api/v1/contacts/" + grace);
    Api.as(max)
        .body("{\"name\": \"Alan Turing\"}")
        .post(ACCOUNTS + "/" + account + "/contacts")
        .then()
        .statusCode(201);
    Api.as(max)
        .get(ACCOUNTS + "/" + account + "/contacts")
        .then()
        .statusCode(200)
        .body("items.name", contains("Alan Turing", "Grace Hopper"));
    Api.as(max)
        .body("{\"influence\": \"kingmaker\"}")
        .patch("/api/v1/contacts/" + grace)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("influence"));
    Api.as(max)
        .header("If-Match", "\"0\"")
        .body("{\"influence\": \"champion\"}")
        .patch("/api/v1/contacts/" + grace)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("influence", equalTo("champion"));
    Api.as(max)
        .body("{\"name\": \"x\", \"email\": \"not-an-email\"}")
        .post(ACCOUNTS + "/" + account + "/contacts")
        .then()
        .statusCode(422);
    // another manager sees none of it
    TestStaff other = fixtures.staff("manager");
    Api.as(other).get("/api/v1/contacts/" + grace).then().statusCode(404);
    Api.as(other)
        .body("{\"name\": \"Sneaky\"}")
        .post(ACCOUNTS + "/" + account + "/contacts")
        .then()
        .statusCode(404);
    // deleting the contact, then the account, hides them
    Api.as(max).delete("/api/v1/contacts/" + grace).then().statusCode(204);
    Api.as(max).get("/api/v1/contacts/" + grace).then().statusCode(404);
    Api.as(max)
        .get(ACCOUNTS + "/" + account + "/contacts")
        .then()
        .body("items.name", contains("Alan Turing"));
  }

  @Test
  void theTeamListsMembersAndTheirRoles() {
    String account = create("{\"name\": \"Team\"}");
    TestStaff a = fixtures.staff("manager");
    TestStaff b = fixtures.staff("finance");
    Api.as(max)
        .body("{\"role\": \"strategist\"}")
        .put(ACCOUNTS + "/" + account + "/team/" + a.id())
        .then()
        .statusCode(201);
    Api.as(max)
        .body("{\"role\": \"billing\"}")
        .put(ACCOUNTS + "/" + account + "/team/" + b.id())
        .then()
        .statusCode(201);
    Api.as(max)
        .body("{\"role\": \"lead strategist\"}")
        .put(ACCOUNTS + "/" + account + "/team/" + a.id())
        .then()
        .statusCode(200)
        .body("staffId", containsInAnyOrder(a.idString(), b.idString()))
        .body(
            "find { it.staffId == '%s' }.role".formatted(a.idString()), equalTo("lead strategist"));
    Api.as(max)
        .body("{\"role\": \"\"}")
        .put(ACCOUNTS + "/" + account + "/team/" + a.id())
        .then()
        .statusCode(422);
    Api.as(max)
        .body("{\"role\": \"x\"}")
        .put(ACCOUNTS + "/" + account + "/team/" + java.util.UUID.randomUUID())
        .then()
        .statusCode(404);
    Api.as(max)
        .delete(ACCOUNTS + "/" + account + "/team/" + java.util.UUID.randomUUID())
        .then()
        .statusCode(404);
  }
}
