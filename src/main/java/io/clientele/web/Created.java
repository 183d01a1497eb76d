package io.clientele.web;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** 201 with the new record and a Location: the answer of every POST that creates one. */
public final class Created {
  private Created() {}

  /** Location is the request path followed by `segments` (usually the new id). */
  public static <T> RestResponse<T> below(UriInfo uri, T body, String... segments) {
    var location = uri.getAbsolutePathBuilder();
    for (String segment : segments) {
      location.path(segment);
    }
    return RestResponse.ResponseBuilder.<T>created(location.build()).entity(body).build();
  }

  /** Location is the API root followed by `segments` (a record with its own top-level path). */
  public static <T> RestResponse<T> at(UriInfo uri, T body, String... segments) {
    var location = uri.getBaseUriBuilder();
    for (String segment : segments) {
      location.path(segment);
    }
    return RestResponse.ResponseBuilder.<T>created(location.build()).entity(body).build();
  }
}
