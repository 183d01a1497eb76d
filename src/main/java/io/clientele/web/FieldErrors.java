package io.clientele.web;

import io.clientele.common.InvalidValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rule failures of one request body, gathered so that its 422 names every bad field at once:
 * each independent rule runs through {@link #check}, and {@link #throwIfAny} ends the checking.
 */
public final class FieldErrors {
  private final List<Problem.FieldError> errors = new ArrayList<>();

  /** The rule's value, or null when it failed on a field (noted). */
  public <T> T check(Supplier<T> rule) {
    try {
      return rule.get();
    } catch (InvalidValue e) {
      if (e.source() != InvalidValue.Source.FIELD) {
        throw e;
      }
      errors.add(new Problem.FieldError(e.name(), e.getMessage()));
      return null;
    } catch (ProblemException e) {
      if (e.kind() != ProblemKind.VALIDATION || e.errors() == null) {
        throw e;
      }
      errors.addAll(e.errors());
      return null;
    }
  }

  public void check(Runnable rule) {
    check(
        () -> {
          rule.run();
          return null;
        });
  }

  public void add(String field, String message) {
    errors.add(new Problem.FieldError(field, message));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ProblemException(
          ProblemKind.VALIDATION,
          invalidFields(errors.size()),
          errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)).toList());
    }
  }

  static String invalidFields(int count) {
    return count == 1
        ? "The request has 1 invalid field"
        : "The request has " + count + " invalid fields";
  }
}
