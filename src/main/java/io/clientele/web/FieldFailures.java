package io.clientele.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a failure to read or validate a body names its field and says what is wrong with it, alike
 * for the first failure (ProblemMapper) and for every one of them (BodyErrors).
 */
final class FieldFailures {
  private FieldFailures() {}

  /** The field a Jackson failure is about and what is wrong with it. */
  static Problem.FieldError fieldError(JsonMappingException e) {
    String field = pathOf(e);
    if (e instanceof UnrecognizedPropertyException) {
      return new Problem.FieldError(field, UNKNOWN_PROPERTY);
    }
    if (e instanceof InvalidFormatException c) {
      return new Problem.FieldError(field, unreadableAs(c.getTargetType()));
    }
    if (e instanceof MismatchedInputException c) {
      return new Problem.FieldError(field, "expected " + describe(c.getTargetType()));
    }
    // a value our own types refused (an unknown currency, say): their message says why
    Throwable cause = e instanceof ValueInstantiationException ? e.getCause() : null;
    String message = cause != null ? cause.getMessage() : e.getOriginalMessage();
    return new Problem.FieldError(field, message == null ? "invalid value" : message);
  }

  static final String UNKNOWN_PROPERTY = "unknown or read-only property";

  /** What a value that cannot become `target` is told: an enum lists its values. */
  static String unreadableAs(Class<?> target) {
    return target != null && target.isEnum()
        ? "must be one of "
            + Arrays.stream(target.getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", ", "[", "]"))
        : "cannot be read as " + describe(target);
  }

  static ElementKind lastKind(ConstraintViolation<?> violation) {
    ElementKind last = null;
    for (Path.Node node : violation.getPropertyPath()) {
      last = node.getKind();
    }
    return last;
  }

  /** "create.input.annualRevenueTarget.amount" → "annualRevenueTarget.amount" */
  static String fieldOf(Path path) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        String name = node.getName();
        if (node.getIndex() != null && !names.isEmpty()) {
          names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
        }
        if (name != null && !name.startsWith("<")) {
          names.add(name);
        }
      } else if (node.getKind() == ElementKind.PARAMETER && names.isEmpty()) {
        names.clear();
      }
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  static String describe(Class<?> type) {
    if (type == null) {
      return "a different type";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.getPackageName().startsWith("java.time")) {
      return "an ISO-8601 " + type.getSimpleName();
    }
    if (type == java.util.UUID.class) {
      return "a UUID";
    }
    return "an object";
  }
}
