package io.clientele.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {
  @Inject Fixtures fixtures;

  @Test
  void managerCreatesAndReadsOwnAccount() {
    TestStaff max = fixtures.staff("manager");
    String id =
        Api.as(max)
            .body(
                """
                {"name": "Northwind Holdings", "tier": "A", "status": "active", "region": "EMEA",
                 "annualRevenueTarget": {"amount": "2400000", "currency": "EUR"},
                 "satisfaction": 8.5, "renewalDate": "2027-03-31",
                 "externalIds": [{"source": "salesforce", "externalId": "%s"}]}
                """
                    .formatted(Fixtures.unique("001A")))
            .post("/api/v1/accounts")
            .then()
            .statusCode(201)
            .header("Location", notNullValue())
            .header("ETag", "\"0\"")
            .body("ownerId", equalTo(max.idString()))
            .body("annualRevenueTarget.amount", equalTo("2400000.00"))
            .extract()
            .path("id");
    Api.as(max)
        .get("/api/v1/accounts/" + id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Northwind Holdings"));
  }
}
