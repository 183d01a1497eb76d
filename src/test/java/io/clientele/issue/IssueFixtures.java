package io.clientele.issue;

import io.clientele.support.Api;
import io.clientele.support.TestStaff;
import io.restassured.response.Response;
import java.util.UUID;

/**
 * Issues made through the API, as a client makes them: `IssueFixtures.raise(max, account, "high",
 * "")` answers the new issue's id; `move(...)` makes a workflow move.
 */
public final class IssueFixtures {
  public static final String ISSUES = "/api/v1/issues";

  private IssueFixtures() {}

  public static String accountIssues(UUID account) {
    return "/api/v1/accounts/" + account + "/issues";
  }

  /** A body for POST /accounts/{id}/issues; `extra` adds fields (`, "ownerId": "..."`). */
  public static String body(String severity, String extra) {
    return """
        {"title": "Late delivery of Q1 creative", "severity": "%s", "category": "delivery"%s}
        """
        .formatted(severity, extra);
  }

  /** Raises an issue of `severity` on `account` as `as`; answers its id. */
  public static String raise(TestStaff as, UUID account, String severity, String extra) {
    return Api.as(as)
        .body(body(severity, extra))
        .post(accountIssues(account))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** POST /issues/{id}/{move} with `body` (null: none). */
  public static Response move(TestStaff as, String id, String move, String body) {
    var request = Api.as(as);
    if (body != null) {
      request.body(body);
    }
    return request.post(ISSUES + "/" + id + "/" + move);
  }

  /** Makes the move and expects it to succeed. */
  public static void moved(TestStaff as, String id, String move, String body) {
    move(as, id, move, body).then().statusCode(200);
  }

  /** An issue of `account` taken to `status` by its moves (resolved with a resolution). */
  public static String inStatus(TestStaff as, UUID account, String status) {
    String id = raise(as, account, "medium", "");
    switch (status) {
      case "open" -> {}
      case "in_progress" -> moved(as, id, "start", null);
      case "resolved" -> moved(as, id, "resolve", "{\"resolution\": \"Fixed\"}");
      case "closed" -> {
        moved(as, id, "resolve", "{\"resolution\": \"Fixed\"}");
        moved(as, id, "close", null);
      }
      default -> throw new IllegalArgumentException(status);
    }
    return id;
  }
}
