package io.clientele.pipeline;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.TestStaff;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExchangeRateResourceTest {
  static final String RATES = "/api/v1/exchange-rates";
  @Inject Fixtures fixtures;

  @Test
  void financeAddsAndReplacesRatesEveryoneReadsThem() {
    TestStaff finance = fixtures.staff("finance");
    Api.as(finance)
        .body("{\"currency\": \"CHF\", \"month\": \"2031-01\", \"rate\": \"1.1200\"}")
        .post(RATES)
        .then()
        .statusCode(201)
        .body("rate", equalTo("1.12"))
        .body("month", equalTo("2031-01"))
        .body("reportingCurrency", equalTo("USD"));
    Api.as(finance)
        .body("{\"currency\": \"CHF\", \"month\": \"2031-01\", \"rate\": \"1.13\"}")
        .post(RATES)
        .then()
        .statusCode(409);
    Api.as(finance)
        .body("{\"currency\": \"CHF\", \"month\": \"2031-01\", \"rate\": \"1.14\"}")
        .put(RATES + "/CHF/2031-01")
        .then()
        .statusCode(200)
        .body("rate", equalTo("1.14"));
    Api.as(finance)
        .body("{\"currency\": \"CHF\", \"month\": \"2031-02\", \"rate\": \"1.15\"}")
        .put(RATES + "/CHF/2031-02")
        .then()
        .statusCode(201);
    Api.as(fixtures.staff("manager"))
        .queryParam("currency", "CHF")
        .queryParam("from", "2031-01")
        .queryParam("to", "2031-02")
        .get(RATES)
        .then()
        .statusCode(200)
        .body("items.month", contains("2031-01", "2031-02"))
        .body("items.rate", contains("1.14", "1.15"));
  }

  @Test
  void badRatesAreRefused() {
    TestStaff admin = fixtures.staff("admin");
    Api.as(admin)
        .body("{\"currency\": \"CHF\", \"month\": \"2031-13\", \"rate\": \"1\"}")
        .post(RATES)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("month"));
    Api.as(admin)
        .body("{\"currency\": \"CHF\", \"month\": \"2031-03\", \"rate\": \"0\"}")
        .post(RATES)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("rate"));
    Api.as(admin)
        .body("{\"currency\": \"XYZ\", \"month\": \"2031-03\", \"rate\": \"2\"}")
        .post(RATES)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("currency"));
    Api.as(admin)
        .body("{\"currency\": \"USD\", \"month\": \"2031-03\", \"rate\": \"2\"}")
        .post(RATES)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("currency"));
    Api.as(admin)
        .body("{\"currency\": \"CHF\", \"month\": \"2031-03\", \"rate\": \"2\"}")
        .put(RATES + "/CHF/2031-04")
        .then()
        .statusCode(422);
    Api.as(admin)
        .queryParam("from", "January")
        .get(RATES)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
  }

  @Test
  void onlyFinanceAndAdminsWriteRates() {
    for (String role : List.of("director", "manager", "executive", "integration")) {
      TestStaff caller = fixtures.staff(role);
      Api.as(caller).get(RATES).then().statusCode(200);
      Api.as(caller)
          .body("{\"currency\": \"SEK\", \"month\": \"2031-01\", \"rate\": \"0.1\"}")
          .post(RATES)
          .then()
          .statusCode(403);
      Api.as(caller)
          .body("{\"currency\": \"SEK\", \"month\": \"2031-01\", \"rate\": \"0.1\"}")
          .put(RATES + "/SEK/2031-01")
          .then()
          .statusCode(403);
    }
  }
}
