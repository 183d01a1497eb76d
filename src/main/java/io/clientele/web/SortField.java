package io.clientele.web;

import java.util.function.Function;

/**
 * A field a list may be sorted on: its API name, its SQL column (never null, so keyset comparisons
 * stay simple), the SQL type its cursor value is cast to, and how to read that value from a row.
 */
public record SortField<T>(String name, String column, String sqlType, Function<T, Object> value) {}
