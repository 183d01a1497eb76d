package io.clientele.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path or query parameter holding a NUL character (`%00`) before any endpoint sees it:
 * PostgreSQL cannot take one in text, so it would otherwise fail deep inside a query. Bodies are
 * checked by the JSON reader (see {@link JsonConfig}).
 */
public class NulParameters {

  // before the filters that read the caller or the body: nothing else need look at such a request
  @ServerRequestFilter(priority = Priorities.USER - 100)
  public void refuseNul(UriInfo uri) {
    check(uri.getPathParameters());
    check(uri.getQueryParameters());
  }

  private static void check(MultivaluedMap<String, String> parameters) {
    parameters.forEach(
        (name, values) -> {
          if (JsonConfig.hasNul(name)) {
            throw ProblemException.badParameter(
                name.replace('\u0000', '?'), JsonConfig.NUL_RULE + " in its name");
          }
          for (String value : values) {
            if (JsonConfig.hasNul(value)) {
              throw ProblemException.badParameter(name, JsonConfig.NUL_RULE);
            }
          }
        });
  }
}
