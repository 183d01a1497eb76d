package io.clientele.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A parsed `sort=name,-createdAt` over whitelisted fields, always ending on the row id so the order
 * is total, plus the keyset predicate that resumes after a cursor. Keyset, not offset: page 500
 * must cost what page 1 costs, and rows inserted meanwhile never shift a page.
 */
public final class Sort<T> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Order<T>(SortField<T> field, boolean descending) {}

  private record CursorState(String sort, List<String> values, String id) {}

  private final List<Order<T>> orders;
  private final String idColumn;
  private final Function<T, UUID> idOf;
  private final String spec;

  private Sort(List<Order<T>> orders, String idColumn, Function<T, UUID> idOf) {
    this.orders = orders;
    this.idColumn = idColumn;
    this.idOf = idOf;
    this.spec =
        orders.stream()
            .map(o -> (o.descending ? "-" : "") + o.field.name())
            .collect(Collectors.joining(","));
  }

  public static <T> Sort<T> parse(
      String sortParam,
      String defaultSort,
      List<SortField<T>> allowed,
      String idColumn,
      Function<T, UUID> idOf) {
    String requested = sortParam == null || sortParam.isBlank() ? defaultSort : sortParam;
    Map<String, SortField<T>> byName = new LinkedHashMap<>();
    allowed.forEach(f -> byName.put(f.name(), f));
    List<Order<T>> orders = new ArrayList<>();
    for (String part : requested.split(",")) {
      String token = part.trim();
      boolean descending = token.startsWith("-");
      String name = descending || token.startsWith("+") ? token.substring(1) : token;
      SortField<T> field = byName.get(name);
      if (field == null) {
        throw ProblemException.badParameter(
            "sort", "unknown field '" + name + "'; allowed: " + String.join(", ", byName.keySet()));
      }
      if (orders.stream().anyMatch(o -> o.field.name().equals(name))) {
        throw ProblemException.badParameter("sort", "field '" + name + "' appears twice");
      }
      orders.add(new Order<>(field, descending));
    }
    return new Sort<>(orders, idColumn, idOf);
  }

  /** `order by` body: the requested fields, then the id in the direction of the last one. */
  private String orderBy() {
    StringBuilder sql = new StringBuilder();
    for (Order<T> order : orders) {
      sql.append(order.field.column()).append(order.descending ? " desc, " : " asc, ");
    }
    return sql.append(idColumn).append(lastDescending() ? " desc" : " asc").toString();
  }

  /**
   * One page of `select` (a native `select x.* from table x`, aliased as the sort columns expect)
   * under the conditions of `where`, after the page's cursor, in this order.
   */
  @SuppressWarnings("unchecked")
  public Page<T> fetch(
      EntityManager em, String select, SqlWhere where, PageRequest page, Class<T> type) {
    applyCursor(page.cursor(), where);
    String sql =
        select
            + " where "
            + where.sql()
            + " order by "
            + orderBy()
            + " limit "
            + (page.limit() + 1);
    List<T> rows = where.bind(em.createNativeQuery(sql, type)).getResultList();
    return page(rows, page.limit());
  }

  /**
   * The predicate selecting rows strictly after the cursor: a row comparison (a, b, id) > (x, y, z)
   * when every field sorts the same way, else the expanded form that works for mixed directions: (a
   * > x) or (a = x and b < y) or (a = x and b = y and id > z).
   */
  private void applyCursor(String cursor, SqlWhere where) {
    if (cursor == null) {
      return;
    }
    CursorState state = decode(cursor);
    if (!spec.equals(state.sort()) || state.values().size() != orders.size()) {
      throw ProblemException.badParameter(
          "cursor", "was issued for another sort order; start again without a cursor");
    }
    if (orders.stream().allMatch(o -> o.descending == lastDescending())) {
      // one direction: a row comparison, which PostgreSQL turns into an index range condition
      List<String> columns = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (int i = 0; i < orders.size(); i++) {
        columns.add(orders.get(i).field.column());
        values.add(cursorValue(i, state, where));
      }
      columns.add(idColumn);
      values.add(where.param("cursor_id", parseId(state.id())));
      where.and(
          "("
              + String.join(", ", columns)
              + (lastDescending() ? ") < (" : ") > (")
              + String.join(", ", values)
              + ")");
      return;
    }
    List<String> disjuncts = new ArrayList<>();
    for (int i = 0; i <= orders.size(); i++) {
      List<String> conjuncts = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        conjuncts.add(orders.get(j).field.column() + " = " + cursorValue(j, state, where));
      }
      if (i < orders.size()) {
        Order<T> order = orders.get(i);
        conjuncts.add(
            order.field.column()
                + (order.descending ? " < " : " > ")
                + cursorValue(i, state, where));
      } else {
        conjuncts.add(
            idColumn
                + (lastDescending() ? " < " : " > ")
                + where.param("cursor_id", parseId(state.id())));
      }
      disjuncts.add("(" + String.join(" and ", conjuncts) + ")");
    }
    where.and("(" + String.join(" or ", disjuncts) + ")");
  }

  /** Trims the extra row fetched to learn whether another page exists, and makes its cursor. */
  private Page<T> page(List<T> rowsPlusOne, int limit) {
    if (rowsPlusOne.size() <= limit) {
      return new Page<>(rowsPlusOne, null);
    }
    List<T> items = rowsPlusOne.subList(0, limit);
    T last = items.get(limit - 1);
    List<String> values =
        orders.stream().map(o -> String.valueOf(o.field.value().apply(last))).toList();
    return new Page<>(
        List.copyOf(items), encode(new CursorState(spec, values, idOf.apply(last).toString())));
  }

  private boolean lastDescending() {
    return orders.get(orders.size() - 1).descending;
  }

  private String cursorValue(int index, CursorState state, SqlWhere where) {
    SortField<T> field = orders.get(index).field;
    return "cast("
        + where.param("cursor_" + index, state.values().get(index))
        + " as "
        + field.sqlType()
        + ")";
  }

  private static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (RuntimeException e) {
      throw ProblemException.badParameter("cursor", "is not a cursor this API issued");
    }
  }

  private static String encode(CursorState state) {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(state));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static CursorState decode(String cursor) {
    try {
      byte[] json = Base64.getUrlDecoder().decode(cursor);
      CursorState state =
          JSON.readValue(new String(json, StandardCharsets.UTF_8), new TypeReference<>() {});
      if (state.sort() == null || state.values() == null || state.id() == null) {
        throw new IllegalArgumentException("incomplete cursor");
      }
      return state;
    } catch (Exception e) {
      throw ProblemException.badParameter("cursor", "is not a cursor this API issued");
    }
  }
}
