package io.clientele.common;

/**
 * A value a caller sent that a rule of these value types refuses: a field of a request body or a
 * parameter of the request, named with what is wrong with it. The web layer answers it (a 422
 * naming the field, a 400 naming the parameter); the value types know nothing of HTTP.
 */
public final class InvalidValue extends RuntimeException {
  /** Where the value came from. */
  public enum Source {
    FIELD,
    PARAMETER
  }

  private final Source source;
  private final String name;

  private InvalidValue(Source source, String name, String message) {
    super(message, null, false, false);
    this.source = source;
    this.name = name;
  }

  /** A field of the request body (`externalIds`, `period`). */
  public static InvalidValue field(String field, String message) {
    return new InvalidValue(Source.FIELD, field, message);
  }

  /** A path or query parameter (`source`, `period`). */
  public static InvalidValue parameter(String parameter, String message) {
    return new InvalidValue(Source.PARAMETER, parameter, message);
  }

  public Source source() {
    return source;
  }

  /** The field or parameter. */
  public String name() {
    return name;
  }
}
