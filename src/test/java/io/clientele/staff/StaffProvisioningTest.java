package io.clientele.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Api;
import io.clientele.support.Fixtures;
import io.clientele.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffProvisioningTest {
  @Inject Fixtures fixtures;

  @Test
  void firstCallOfAnUnknownSubjectCreatesItsStaffRecordFromTheToken() {
    String subject = Fixtures.unique("newcomer");
    Api.as(Tokens.forSubject(subject, "manager"))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("subject", equalTo(subject))
        .body("name", equalTo("Test " + subject))
        .body("email", equalTo(subject + "@test.example"))
        .body("roles", org.hamcrest.Matchers.contains("manager"));
    Api.as(Tokens.forSubject(subject, "director"))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("roles", org.hamcrest.Matchers.contains("director"));
    assertThat(fixtures.count("select count(*) from staff where subject = ?1", subject))
        .isEqualTo(1);
  }

  @Test
  void aTokenWithoutAClienteleRoleIsRefusedAndLeavesNoStaffRecord() {
    String subject = Fixtures.unique("stranger");
    for (String token :
        List.of(Tokens.forSubject(subject), Tokens.forSubject(subject, "guest", "viewer"))) {
      for (String path : List.of("/api/v1/me", "/api/v1/accounts", "/api/v1/staff")) {
        Api.as(token)
            .get(path)
            .then()
            .statusCode(403)
            .contentType("application/problem+json")
            .body("type", equalTo("https://clientele.io/problems/forbidden"))
            .body("status", equalTo(403));
      }
    }
    Api.as(Tokens.forSubject(subject))
        .get("/api/v1/me")
        .then()
        .body("detail", equalTo("Your token carries no Clientele role"));
    assertThat(fixtures.count("select count(*) from staff where subject = ?1", subject))
        .isEqualTo(0);
  }

  @Test
  void racingFirstRequestsCreateExactlyOneStaffRecord() throws Exception {
    String subject = Fixtures.unique("racer");
    String token = Tokens.forSubject(subject, "manager");
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<String> call =
            () -> {
              start.await();
              return Api.as(token).get("/api/v1/me").then().statusCode(200).extract().path("id");
            };
        answers.add(pool.submit(call));
      }
      Set<String> ids = new HashSet<>();
      for (Future<String> answer : answers) {
        ids.add(answer.get());
      }
      assertThat(ids).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(fixtures.count("select count(*) from staff where subject = ?1", subject))
        .isEqualTo(1);
  }

  @Test
  void aRecordAnAdminPreparedIsClaimedByEmailOnFirstSignIn() {
    String subject = Fixtures.unique("prepared");
    String id =
        Api.as(fixtures.staff("admin"))
            .body(
                "{\"name\": \"Prepared Person\", \"email\": \"%s@test.example\"}"
                    .formatted(subject))
            .post("/api/v1/staff")
            .then()
            .statusCode(201)
            .body("subject", equalTo(null))
            .extract()
            .path("id");
    Api.as(Tokens.forSubject(subject, "manager"))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("name", equalTo("Prepared Person"))
        .body("subject", equalTo(subject));
  }

  @Test
  void aDeactivatedStaffMemberIsRefusedEverywhere() {
    io.clientele.support.TestStaff admin = fixtures.staff("admin");
    io.clientele.support.TestStaff leaver = fixtures.staff("admin");
    Api.as(admin)
        .body("{\"active\": false}")
        .patch("/api/v1/staff/" + leaver.id())
        .then()
        .statusCode(200);
    Api.as(leaver)
        .get("/api/v1/accounts")
        .then()
        .statusCode(403)
        .body("detail", equalTo("Your staff record is deactivated"));
    Api.as(leaver).get("/api/v1/me").then().statusCode(403);
  }
}
