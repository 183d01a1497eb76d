package io.clientele.web;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the conditions and named parameters of a native list query. */
public final class SqlWhere {
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  public SqlWhere and(String condition) {
    conditions.add(condition);
    return this;
  }

  /** Registers a parameter and returns its placeholder (`:name`). */
  public String param(String name, Object value) {
    if (params.containsKey(name) && !params.get(name).equals(value)) {
      throw new IllegalStateException("parameter bound twice: " + name);
    }
    params.put(name, value);
    return ":" + name;
  }

  public String sql() {
    return conditions.isEmpty() ? "true" : String.join("\n  and ", conditions);
  }

  public <Q extends Query> Q bind(Q query) {
    params.forEach(query::setParameter);
    return query;
  }

  /** A LIKE pattern matching values that contain `text` literally (its % and _ escaped). */
  public static String containing(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
