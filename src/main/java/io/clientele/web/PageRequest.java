package io.clientele.web;

/** `limit` and `cursor` of a list request, checked once for every list. */
public record PageRequest(int limit, String cursor) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public static PageRequest of(Integer limit, String cursor) {
    int checked = limit == null ? DEFAULT_LIMIT : limit;
    if (checked < 1 || checked > MAX_LIMIT) {
      throw ProblemException.badParameter(
          "limit", "must be between 1 and " + MAX_LIMIT + ", was " + checked);
    }
    return new PageRequest(checked, cursor == null || cursor.isBlank() ? null : cursor);
  }
}
