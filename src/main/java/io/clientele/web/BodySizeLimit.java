package io.clientele.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body above `quarkus.http.limits.max-body-size` with a problem+json 413. A declared
 * length is judged before anything is read. A body without one (`Transfer-Encoding: chunked`) is
 * counted as the endpoint reads it (an I/O failure the ProblemMapper answers); the HTTP layer's own
 * refusal, which has no body, is moved out of the way for such requests (to twice the limit, which
 * still bounds what is ever read).
 */
@ApplicationScoped
public class BodySizeLimit {
  /** Where the HTTP layer keeps the limit it applies while a body streams in. */
  private static final String STREAMING_LIMIT = "io.quarkus.max-request-size";

  private final long max;

  public BodySizeLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
    this.max = limit.asLongValue();
  }

  void install(@Observes Router router) {
    String problem =
        """
        {"type":"%s","title":"%s","status":413,"detail":"%s"}"""
            .formatted(
                ProblemKind.PAYLOAD_TOO_LARGE.type(),
                ProblemKind.PAYLOAD_TOO_LARGE.title(),
                detail(max));
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
    // after the HTTP layer has set its own streaming limit (route order -2)
    router
        .route()
        .order(-1)
        .handler(
            rc -> {
              if (rc.request().getHeader("Content-Length") == null) {
                rc.put(STREAMING_LIMIT, 2 * max);
              }
              rc.next();
            });
  }

  private static String detail(long max) {
    return "The request body is larger than " + max + " bytes";
  }

  /** Counts what the endpoint reads of a body that declared no length. */
  @Provider
  public static class Undeclared implements ReaderInterceptor {
    private final long max;

    public Undeclared(
        @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
      this.max = limit.asLongValue();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
      if (context.getHeaders().getFirst("Content-Length") == null) {
        context.setInputStream(new Counted(context.getInputStream(), max, detail(max)));
      }
      return context.proceed();
    }
  }

  private static boolean declaredAbove(String length, long max) {
    try {
      return Long.parseLong(length.trim()) > max;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * An I/O failure, so that JSON readers pass it on as it is (they wrap other exceptions into a
   * failure of the field being read).
   */
  public static final class TooLarge extends IOException {
    TooLarge(String detail) {
      super(detail);
    }
  }

  private static final class Counted extends FilterInputStream {
    private final long max;
    private final String detail;
    private long read;

    Counted(InputStream in, long max, String detail) {
      super(in);
      this.max = max;
      this.detail = detail;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) throws TooLarge {
      read += n;
      if (read > max) {
        throw new TooLarge(detail);
      }
    }
  }
}
