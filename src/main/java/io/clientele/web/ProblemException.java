package io.clientele.web;

import io.clientele.common.InvalidValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

  /**
   * The failure a described problem stands for, to answer it again (see ProblemMapper.describe).
   */
  public static ProblemException of(Problem problem) {
    return new ProblemException(kindOf(problem), problem.detail(), problem.errors());
  }

  private static ProblemKind kindOf(Problem problem) {
    return Arrays.stream(ProblemKind.values())
        .filter(k -> k.type().equals(problem.type()))
        .findFirst()
        .orElse(ProblemKind.INTERNAL);
  }

  /**
   * A request made of parts that must all succeed (an atomic batch) whose parts failed: one problem
   * with the status of the first failure, listing every failed part's errors under the part's name
   * ("records[3].tier"); a part that failed without field errors is listed with its detail.
   */
  public static ProblemException failedParts(String detail, Map<String, Problem> parts) {
    ProblemKind kind = kindOf(parts.values().iterator().next());
    List<Problem.FieldError> errors = new ArrayList<>();
    parts.forEach(
        (part, problem) -> {
          if (problem.errors() == null || problem.errors().isEmpty()) {
            errors.add(new Problem.FieldError(part, problem.detail()));
          } else {
            problem
                .errors()
                .forEach(
                    e -> errors.add(new Problem.FieldError(part + "." + e.field(), e.message())));
          }
        });
    return new ProblemException(kind, detail, errors);
  }

  /**
   * The answer to a value a common value type refused: a 422 for a field, a 400 for a parameter.
   */
  public static ProblemException of(InvalidValue invalid) {
    return invalid.source() == InvalidValue.Source.FIELD
        ? invalidField(invalid.name(), invalid.getMessage())
        : badParameter(invalid.name(), invalid.getMessage());
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
