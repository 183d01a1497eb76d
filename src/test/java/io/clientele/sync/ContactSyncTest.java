package io.clientele.sync;

import static io.clientele.account.AccountFixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contacts upserted by external id: their account named by id or external id, moves between
 * accounts, batches with good and bad records, and external ids on the ordinary contact endpoints.
 */
@QuarkusTest
class ContactSyncTest {
  static final String BY_EXTERNAL = "/api/v1/contacts/by-external/";
  static final String BATCH = "/api/v1/sync/contacts";

  @Inject Fixtures fixtures;
  TestStaff integration;
  TestStaff owner;
  UUID account;
  UUID otherAccount;
  String source;

  @BeforeEach
  void world() {
    integration = fixtures.staff("integration");
    owner = fixtures.staff("manager", fixtures.staff("director"));
    source = Fixtures.crmSource();
    account = anAccount().ownedBy(owner).externalId(source, "ACC-1").create();
    otherAccount = fixtures.account(Fixtures.unique("Contacts too"), owner);
  }

  private String contact(String name, String email) {
    return """
        {"account": {"source": "%s", "externalId": "ACC-1"}, "name": "%s", "title": "CFO",
         "email": "%s", "influence": "decision_maker"}
        """
        .formatted(source, name, email);
  }

  private long changesOf(String id) {
    return fixtures.count(
        "select count(*) from change_log where type = 'contacts' and record_id = cast(?1 as uuid)",
        id);
  }

  @Test
  void putCreatesThenUpdatesThenLeavesAnUnchangedRecordAlone() {
    String id =
        Api.as(integration)
            .body(contact("Grace Hopper", "grace@northwind.example"))
            .put(BY_EXTERNAL + source + "/003A")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/contacts/"))
            .body("accountId", equalTo(account.toString()))
            .body("influence", equalTo("decision_maker"))
            .body("externalIds", equalTo(List.of(Map.of("source", source, "externalId", "003A"))))
            .body("version", equalTo(0))
            .extract()
            .path("id");
    Api.as(integration)
        .body(contact("Grace Hopper ", "grace@northwind.example")) // the name is trimmed
        .put(BY_EXTERNAL + source + "/003A")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("version", equalTo(0));
    assertThat(changesOf(id)).isEqualTo(1); // created only: unchanged writes nothing
    Api.as(integration)
        .body(contact("Grace Hopper", "grace@contoso.example"))
        .put(BY_EXTERNAL + source + "/003A")
        .then()
        .statusCode(200)
        .body("email", equalTo("grace@contoso.example"))
        .body("version", equalTo(1));
    assertThat(changesOf(id)).isEqualTo(2);
    // PUT replaces: absent fields are cleared; naming another account moves the contact
    Api.as(integration)
        .body("{\"accountId\": \"%s\", \"name\": \"Grace Hopper\"}".formatted(otherAccount))
        .put(BY_EXTERNAL + source + "/003A")
        .then()
        .statusCode(200)
        .body("accountId", equalTo(otherAccount.toString()))
        .body("title", nullValue())
        .body("influence", nullValue())
        .body("version", equalTo(2));
    Api.as(integration)
        .get("/api/v1/accounts/" + otherAccount + "/contacts")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(id)));
    // the contact as GET shows it carries its external ids, other sources' included
    Api.as(integration)
        .body(
            """
            {"accountId": "%s", "name": "Grace Hopper",
             "externalIds": [{"source": "hubspot", "externalId": "hs-%s"}]}
            """
                .formatted(otherAccount, id))
        .put(BY_EXTERNAL + source + "/003A")
        .then()
        .statusCode(200);
    Api.as(integration)
        .get("/api/v1/contacts/" + id)
        .then()
        .statusCode(200)
        .body("externalIds", hasSize(2))
        .body("externalIds.source", equalTo(List.of(source, "hubspot"))); // by source
  }

  @Test
  void putRefusesWhatItCannotDo() {
    Api.as(integration)
        .body("{\"name\": \"No account\"}")
        .put(BY_EXTERNAL + source + "/003B")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("accountId"));
    Api.as(integration)
        .body(contact("Bad mail", "not-an-address"))
        .put(BY_EXTERNAL + source + "/003B")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("email"));
    Api.as(integration)
        .body(contact("Bad influence", "a@b.example").replace("decision_maker", "kingmaker"))
        .put(BY_EXTERNAL + source + "/003B")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("influence"));
    Api.as(integration)
        .body("{\"accountId\": \"%s\", \"name\": \"Nowhere\"}".formatted(UUID.randomUUID()))
        .put(BY_EXTERNAL + source + "/003B")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("accountId"));
    Api.as(integration).body("[1]").put(BY_EXTERNAL + source + "/003B").then().statusCode(422);
    Api.as(integration)
        .body("{\"name\": ")
        .put(BY_EXTERNAL + source + "/003B")
        .then()
        .statusCode(400);
    assertThat(fixtures.count("select count(*) from contact_external_id where source = ?1", source))
        .isZero();
    // a deleted contact keeps its external id: 409, not a silent resurrection
    String id =
        Api.as(integration)
            .body(contact("Gone", "gone@northwind.example"))
            .put(BY_EXTERNAL + source + "/003C")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(integration).delete("/api/v1/contacts/" + id).then().statusCode(204);
    Api.as(integration)
        .body(contact("Gone", "gone@northwind.example"))
        .put(BY_EXTERNAL + source + "/003C")
        .then()
        .statusCode(409)
        .body("detail", containsString("deleted"));
    // a contact of an account the caller cannot see is not found, and not taken over
    TestStaff stranger = fixtures.staff("manager");
    UUID strangersAccount = fixtures.account(Fixtures.unique("Theirs"), stranger);
    Api.as(integration)
        .body(contact("Mine", "mine@northwind.example"))
        .put(BY_EXTERNAL + source + "/003D")
        .then()
        .statusCode(201);
    Api.as(stranger)
        .body("{\"accountId\": \"%s\", \"name\": \"Taken\"}".formatted(strangersAccount))
        .put(BY_EXTERNAL + source + "/003D")
        .then()
        .statusCode(404);
    // nor may a manager put a contact on an account they cannot see (its external id is unknown)
    Api.as(stranger)
        .body(contact("Elsewhere", "e@northwind.example"))
        .put(BY_EXTERNAL + source + "/003E")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("account"));
    for (String role : List.of("finance", "executive")) {
      Api.as(fixtures.staff(role))
          .body(contact("No", "no@northwind.example"))
          .put(BY_EXTERNAL + source + "/003F")
          .then()
          .statusCode(403);
    }
  }

  private String batch(String... records) {
    return "{\"source\": \"%s\", \"records\": [%s]}".formatted(source, String.join(",", records));
  }

  private String record(String externalId, String name) {
    return """
        {"externalId": "%s", "accountId": "%s", "name": "%s"}
        """
        .formatted(externalId, account, name);
  }

  @Test
  void aBatchAnswersEveryRecordInOrderAndWritesTheGoodOnes() {
    Api.as(integration).body(batch(record("C1", "One"))).post(BATCH).then().statusCode(200);
    JsonPath answer =
        Api.as(integration)
            .body(
                batch(
                    record("C1", "One renamed"),
                    record("C2", "Two"),
                    "{\"externalId\": \"C3\", \"name\": \"No account\"}",
                    record("C4", ""),
                    record("C2", "Two again"),
                    "{\"externalId\": \"C6\", \"account\": {\"source\": \"%s\", \"externalId\": \"NOPE\"}, \"name\": \"X\"}"
                        .formatted(source),
                    "{\"externalId\": \"C7\", \"accountId\": \"%s\", \"account\": {\"source\": \"%s\", \"externalId\": \"ACC-1\"}, \"name\": \"X\"}"
                        .formatted(account, source),
                    "{\"externalId\": \"C8\", \"accountId\": \"not-a-uuid\", \"name\": \"X\"}",
                    record("C9", "Nine").replace("\"name\"", "\"nickname\": \"N\", \"name\""),
                    record("C1", "One")))
            .post(BATCH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("results.result", String.class))
        .containsExactly(
            "updated", "created", "error", "error", "error", "error", "error", "error", "error",
            "error");
    assertThat(answer.getInt("results[0].version")).isEqualTo(1);
    assertThat(answer.getString("results[2].problem.errors[0].field")).isEqualTo("accountId");
    assertThat(answer.getString("results[3].problem.errors[0].field")).isEqualTo("name");
    assertThat(answer.getString("results[4].problem.errors[0].message"))
        .contains("repeats record 1");
    assertThat(answer.getString("results[5].problem.errors[0].field")).isEqualTo("account");
    assertThat(answer.getString("results[6].problem.errors[0].message")).contains("not both");
    assertThat(answer.getString("results[7].problem.errors[0].field")).isEqualTo("accountId");
    assertThat(answer.getString("results[8].problem.errors[0].field")).isEqualTo("nickname");
    assertThat(answer.getString("results[9].problem.errors[0].message"))
        .contains("repeats record 0");
    assertThat(fixtures.count("select count(*) from contact_external_id where source = ?1", source))
        .isEqualTo(2);
    assertThat(
            fixtures.text(
                "select c.name from contact c join contact_external_id e on e.contact_id = c.id"
                    + " where e.source = ?1 and e.external_id = 'C1'",
                source))
        .isEqualTo("One renamed");
  }

  @Test
  void aNulInAnExternalIdIsAnErrorOfItsRecordNotAFailedBatch() {
    Api.as(integration)
        .body(
            "{\"account\": {\"source\": \"%s\", \"externalId\": \"A\\u0000\"}, \"name\": \"X\"}"
                .formatted(source))
        .put(BY_EXTERNAL + source + "/N1")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("account.externalId"))
        .body("errors[0].message", containsString("NUL"));
    JsonPath answer =
        Api.as(integration)
            .body(
                batch(
                    record("N2", "Two"),
                    record("N3\\u0000", "Three"),
                    "{\"externalId\": \"N4\", \"account\": {\"source\": \"\\u0000\", \"externalId\": \"ACC-1\"}, \"name\": \"X\"}",
                    record("N5", "Fi\\u0000ve")))
            .post(BATCH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("results.result", String.class))
        .containsExactly("created", "error", "error", "error");
    assertThat(answer.getString("results[1].problem.errors[0].field")).isEqualTo("externalId");
    assertThat(answer.getString("results[2].problem.errors[0].field")).isEqualTo("account.source");
    assertThat(answer.getString("results[3].problem.errors[0].field")).isEqualTo("name");
  }

  @Test
  void anExternalIdOfAnotherSourceBelongingToAnotherContactIsAConflict() {
    Api.as(integration)
        .body(
            batch(
                record("K1", "First")
                    .replace(
                        "\"name\"",
                        "\"externalIds\": [{\"source\": \"hubspot\", \"externalId\": \"hs-%s\"}], \"name\""
                            .formatted(source))))
        .post(BATCH)
        .then()
        .statusCode(200)
        .body("results.result", equalTo(List.of("created")));
    JsonPath answer =
        Api.as(integration)
            .body(
                batch(
                    record("K2", "Second")
                        .replace(
                            "\"name\"",
                            "\"externalIds\": [{\"source\": \"hubspot\", \"externalId\": \"hs-%s\"}], \"name\""
                                .formatted(source)),
                    record("K3", "Third")))
            .post(BATCH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("results.result", String.class)).containsExactly("error", "created");
    assertThat(answer.getInt("results[0].problem.status")).isEqualTo(409);
    assertThat(answer.getString("results[0].problem.detail")).contains("another contact");
    assertThat(fixtures.count("select count(*) from contact_external_id where source = ?1", source))
        .isEqualTo(2); // K1 and K3
  }

  @Test
  void anAtomicBatchIsAllOrNothing() {
    Api.as(integration)
        .queryParam("atomic", "true")
        .body(batch(record("A1", "One"), "{\"externalId\": \"A2\", \"name\": \"Two\"}"))
        .post(BATCH)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(List.of("records[1].accountId")));
    assertThat(fixtures.count("select count(*) from contact_external_id where source = ?1", source))
        .isZero();
    Api.as(integration)
        .queryParam("atomic", "true")
        .body(batch(record("A1", "One"), record("A2", "Two")))
        .post(BATCH)
        .then()
        .statusCode(200)
        .body("results.result", equalTo(List.of("created", "created")));
  }

  @Test
  void aRetriedBatchAnswersTheFirstAnswerAndWritesOnce() {
    String body = batch(record("R1", "Retry"), record("R2", "Retry two"));
    String first =
        Api.as(integration)
            .header("Idempotency-Key", "contacts-" + source)
            .body(body)
            .post(BATCH)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String again =
        Api.as(integration)
            .header("Idempotency-Key", "contacts-" + source)
            .body(body)
            .post(BATCH)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(again).isEqualTo(first);
    assertThat(fixtures.count("select count(*) from contact_external_id where source = ?1", source))
        .isEqualTo(2);
  }

  @Test
  void theOrdinaryEndpointsKeepExternalIdsUniquePerSource() {
    String body =
        """
        {"name": "Ada", "externalIds": [{"source": "%s", "externalId": "ADA-1"}]}
        """
            .formatted(source);
    String id =
        Api.as(owner)
            .body(body)
            .post("/api/v1/accounts/" + account + "/contacts")
            .then()
            .statusCode(201)
            .body("externalIds[0].externalId", equalTo("ADA-1"))
            .extract()
            .path("id");
    Api.as(owner)
        .body(body)
        .post("/api/v1/accounts/" + otherAccount + "/contacts")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("Another contact already carries this external id"));
    Api.as(owner)
        .body(
            """
            {"name": "Ada", "externalIds": [{"source": "a", "externalId": "1"}, {"source": "a", "externalId": "2"}]}
            """)
        .post("/api/v1/accounts/" + account + "/contacts")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("externalIds"));
    // the upsert finds a contact made through the ordinary endpoint by its external id
    Api.as(integration)
        .body("{\"accountId\": \"%s\", \"name\": \"Ada Lovelace\"}".formatted(account))
        .put(BY_EXTERNAL + source + "/ADA-1")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("version", equalTo(1));
    // a merge patch of null clears them
    Api.as(owner)
        .contentType("application/merge-patch+json")
        .body("{\"externalIds\": null}")
        .patch("/api/v1/contacts/" + id)
        .then()
        .statusCode(200)
        .body("externalIds", hasSize(0));
  }
}
