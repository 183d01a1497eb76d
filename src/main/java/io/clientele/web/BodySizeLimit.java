package io.clientele.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length is above `quarkus.http.limits.max-body-size` before it is
 * read, with a problem+json 413 (the HTTP layer's own refusal, for bodies without a length, has no
 * body).
 */
@ApplicationScoped
public class BodySizeLimit {

  void install(
      @Observes Router router,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
    long max = limit.asLongValue();
    String problem =
        """
        {"type":"%s","title":"%s","status":413,"detail":"The request body is larger than %d bytes"}"""
            .formatted(
                ProblemKind.PAYLOAD_TOO_LARGE.type(), ProblemKind.PAYLOAD_TOO_LARGE.title(), max);
    router
        .route()
        .order(-1000)
        .handler(
            rc -> {
              String length = rc.request().getHeader("Content-Length");
              if (length != null && declaredAbove(length, max)) {
                rc.response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close")
                    .end(problem);
                return;
              }
              rc.next();
            });
  }

  private static boolean declaredAbove(String length, long max) {
    try {
      return Long.parseLong(length.trim()) > max;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
