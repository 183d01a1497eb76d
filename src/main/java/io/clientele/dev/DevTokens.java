package io.clientele.dev;

import io.quarkus.arc.profile.IfBuildProfile;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dev mode only: `GET /dev/token?user=dana` answers a token of the in-process OIDC dev issuer for
 * one of the demo users, so curl can call the API without knowing the issuer's random port. The
 * class is not even built into the production jar.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DevTokens {
  private final HttpClient http = HttpClient.newHttpClient();

  void install(
      @Observes Router router,
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
    router.get("/dev/token").blockingHandler(rc -> issue(rc, issuer));
  }

  private void issue(RoutingContext rc, String issuer) {
    String user = rc.request().getParam("user", "ada");
    String form =
        "grant_type=password&client_id=quarkus-app&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer + "/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String token = new JsonObject(answer.body()).getString("access_token");
      rc.response().putHeader("Content-Type", "text/plain").end(token + "\n");
    } catch (Exception e) {
      rc.response().setStatusCode(502).end("the dev OIDC issuer did not answer: " + e + "\n");
    }
  }
}
