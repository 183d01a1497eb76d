package io.clientele.web;

/** The stable kinds of problem this API answers with; `type` URIs never change once published. */
public enum ProblemKind {
  BAD_REQUEST(400, "bad-request", "Bad request"),
  MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
  UNAUTHORIZED(401, "unauthorized", "Authentication required"),
  FORBIDDEN(403, "forbidden", "Forbidden"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
  CONFLICT(409, "conflict", "Conflict"),
  PRECONDITION_FAILED(412, "stale-version", "Precondition failed"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  VALIDATION(422, "validation", "Validation failed"),
  INTERNAL(500, "internal", "Internal error");

  static final String TYPE_BASE = "https://clientele.io/problems/";

  private final int status;
  private final String slug;
  private final String title;

  ProblemKind(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String type() {
    return TYPE_BASE + slug;
  }

  public String title() {
    return title;
  }

  static ProblemKind forStatus(int status) {
    for (ProblemKind kind : values()) {
      if (kind.status == status && kind != MALFORMED_JSON) {
        return kind;
      }
    }
    return status >= 500 ? INTERNAL : BAD_REQUEST;
  }
}
