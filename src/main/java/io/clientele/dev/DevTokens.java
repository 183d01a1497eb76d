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
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dev mode only: `GET /dev/token?user=dana` answers a token of the in-process OIDC dev issuer for
 * one of the demo users (400 naming them for anyone else), so curl can call the API without knowing
 * the issuer's random port. The class is not even built into the production jar.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DevTokens {
  private final HttpClient http = HttpClient.newHttpClient();

  private static final String DEMO_USER = "quarkus.oidc.devservices.roles.";

  void install(
      @Observes Router router,
      @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
    router.get("/dev/token").blockingHandler(rc -> issue(rc, issuer));
  }

  private void issue(RoutingContext rc, String issuer) {
    String user = rc.request().getParam("user");
    Set<String> users = new TreeSet<>();
    ConfigProvider.getConfig()
        .getPropertyNames()
        .forEach(
            name -> {
              if (name.startsWith(DEMO_USER)) {
                users.add(name.substring(DEMO_USER.length()));
              }
            });
    if (user == null || !users.contains(user)) {
      // no silent default: a token of the wrong role would only puzzle later
      rc.response()
          .setStatusCode(400)
          .putHeader("Content-Type", "text/plain")
          .end("name a demo user: /dev/token?user=<one of " + String.join(", ", users) + ">\n");
      return;
    }
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
