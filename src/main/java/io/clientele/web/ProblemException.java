package io.clientele.web;

import java.util.List;

/**
 * A failure with a known HTTP meaning. Services throw these; only {@link ProblemMapper} turns them
 * into responses.
 */
public class ProblemException extends RuntimeException {
  private final ProblemKind kind;
  private final List<Problem.FieldError> errors;

  public ProblemException(ProblemKind kind, String detail) {
    this(kind, detail, null);
  }

  public ProblemException(ProblemKind kind, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.kind = kind;
    this.errors = errors;
  }

  public ProblemKind kind() {
    return kind;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  /** A record that does not exist or that the caller may not see: the two are indistinguishable. */
  public static ProblemException notFound(String what) {
    return new ProblemException(ProblemKind.NOT_FOUND, what + " not found");
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemKind.CONFLICT, detail);
  }

  /**
   * A status move the record's workflow does not allow from where it is: the 409 names the moves
   * that are allowed ("none: closed is final" when there are none).
   */
  public static ProblemException wrongMove(
      String record, String from, String to, List<String> allowed) {
    return conflict(
        "A%s %s cannot go from %s to %s; allowed from %s: %s"
            .formatted(
                "aeiou".indexOf(record.charAt(0)) >= 0 ? "n" : "",
                record,
                from,
                to,
                from,
                allowed.isEmpty() ? "none: " + from + " is final" : String.join(", ", allowed)));
  }

  public static ProblemException staleVersion(long current) {
    return new ProblemException(
        ProblemKind.PRECONDITION_FAILED,
        "The resource has changed: its current version is "
            + current
            + "; read it again and retry");
  }

  public static ProblemException invalidField(String field, String message) {
    return new ProblemException(
        ProblemKind.VALIDATION,
        "The request has an invalid field: " + field,
        List.of(new Problem.FieldError(field, message)));
  }

  public static ProblemException badParameter(String parameter, String message) {
    return new ProblemException(
        ProblemKind.BAD_REQUEST,
        "Invalid parameter '" + parameter + "': " + message,
        List.of(new Problem.FieldError(parameter, message)));
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemKind.FORBIDDEN, detail);
  }
}
