package io.clientele.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Query parameters arrive as strings and are parsed here, so a bad value is a 400 naming the
 * parameter (JAX-RS would answer a failed conversion of a query parameter with a bare 404).
 */
public final class Params {
  private Params() {}

  public static UUID uuid(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badParameter(name, "must be a UUID");
    }
  }

  public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.trim())) {
        return constant;
      }
    }
    throw ProblemException.badParameter(
        name,
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ", "[", "]")));
  }

  public static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      OffsetDateTime parsed = OffsetDateTime.parse(value.trim());
      if (inRange(parsed.getYear())) {
        return parsed.toInstant();
      }
    } catch (DateTimeParseException e) {
      // the same answer as out of range
    }
    throw ProblemException.badParameter(
        name, "must be an ISO-8601 timestamp with offset, e.g. 2026-11-20T16:40:11Z");
  }

  public static java.time.LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      java.time.LocalDate parsed = java.time.LocalDate.parse(value.trim());
      if (inRange(parsed.getYear())) {
        return parsed;
      }
    } catch (DateTimeParseException e) {
      // the same answer as out of range
    }
    throw ProblemException.badParameter(
        name, "must be an ISO-8601 date from year 1 to 9999, e.g. 2026-12-31");
  }

  public static java.time.YearMonth month(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      java.time.YearMonth parsed = java.time.YearMonth.parse(value.trim());
      if (inRange(parsed.getYear())) {
        return parsed;
      }
    } catch (DateTimeParseException e) {
      // the same answer as out of range
    }
    throw ProblemException.badParameter(name, "must be a month like 2026-01");
  }

  /** Years 1 to 9999: what ISO-8601 writes without a sign, and what PostgreSQL always stores. */
  public static boolean inRange(int year) {
    return year >= 1 && year <= 9999;
  }

  public static java.math.BigDecimal decimal(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new java.math.BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw ProblemException.badParameter(name, "must be a decimal number, e.g. 250000.00");
    }
  }

  /** A repeatable parameter (`?stage=a&stage=b`, or `?stage=a,b`) as its distinct values. */
  public static java.util.List<String> list(
      String name, java.util.List<String> values, int maxItems) {
    if (values == null) {
      return java.util.List.of();
    }
    java.util.List<String> items =
        values.stream()
            .flatMap(v -> java.util.Arrays.stream(v.split(",")))
            .map(String::trim)
            .filter(v -> !v.isEmpty())
            .distinct()
            .toList();
    if (items.size() > maxItems) {
      throw ProblemException.badParameter(name, "at most " + maxItems + " values");
    }
    return items;
  }

  /** An integer from `min` to `max`, or null when absent; anything else is a 400. */
  public static Integer integer(String name, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // the same answer as out of range
    }
    throw ProblemException.badParameter(name, "must be an integer between " + min + " and " + max);
  }

  public static Boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ProblemException.badParameter(name, "must be true or false");
    };
  }

  public static String text(String name, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > maxLength) {
      throw ProblemException.badParameter(name, "must be at most " + maxLength + " characters");
    }
    return value.trim();
  }
}
