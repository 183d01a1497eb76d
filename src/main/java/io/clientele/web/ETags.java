package io.clientele.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.OptionalLong;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETags come from `version`: every {@link Versioned} response carries one, a GET whose
 * If-None-Match names it answers 304, and writes compare If-Match through {@link #expected}.
 */
public final class ETags {

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version an If-Match header demands, if any. `*` demands nothing in particular; a tag this
   * API never issued can never match, so it demands an impossible version.
   */
  public static OptionalLong expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return OptionalLong.empty();
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return OptionalLong.of(Long.parseLong(tag));
    } catch (NumberFormatException e) {
      return OptionalLong.of(-1);
    }
  }

  /** Throws 412 when If-Match named another version than the current one. */
  public static void checkIfMatch(OptionalLong expected, long current) {
    if (expected.isPresent() && expected.getAsLong() != current) {
      throw ProblemException.staleVersion(current);
    }
  }

  public static final class Filter {
    @ServerResponseFilter
    public void tagVersionedResponses(
        ContainerRequestContext request, ContainerResponseContext response) {
      if (!(response.getEntity() instanceof Versioned versioned) || response.getStatus() >= 300) {
        return;
      }
      String etag = of(versioned.version());
      response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
      String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
      boolean read =
          HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
      if (read && ifNoneMatch != null && matches(ifNoneMatch, etag)) {
        response.setStatus(304);
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
      }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
      return Arrays.stream(ifNoneMatch.split(","))
          .map(String::trim)
          .map(t -> t.startsWith("W/") ? t.substring(2) : t)
          .anyMatch(t -> t.equals("*") || t.equals(etag));
    }
  }

  private ETags() {}
}
