package io.clientele.sync;

import io.clientele.common.ExternalId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The records of a feed page as they are now, by type and id. Read as plain rows on the session's
 * connection, one statement per type with the external ids alongside: no entities to track and no
 * collections to load, which is most of a page's cost. Each type maps its own row (SyncedType).
 */
@ApplicationScoped
public class FeedRecords {
  private final SyncedTypes types;
  private final EntityManager em;

  public FeedRecords(SyncedTypes types, EntityManager em) {
    this.types = types;
    this.em = em;
  }

  /** A record as it is now: its external ids, and its data as GET shows it (null once deleted). */
  record Current(List<ExternalId> externalIds, Object data) {}

  Map<ChangeType, Map<UUID, Current>> current(Map<ChangeType, Set<UUID>> ids) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              Map<ChangeType, Map<UUID, Current>> records = new EnumMap<>(ChangeType.class);
              for (SyncMapping<?> type : types.mappings()) {
                records.put(
                    type.type(),
                    current(connection, type, ids.getOrDefault(type.type(), Set.of())));
              }
              return records;
            });
  }

  /**
   * The records of `type` among `ids` (an array parameter: the plan stays a primary-key lookup per
   * id), each with its external ids.
   */
  private static Map<UUID, Current> current(
      Connection connection, SyncMapping<?> type, Set<UUID> ids) throws SQLException {
    Map<UUID, Current> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    SyncTable<?> table = type.table();
    String sql =
        """
        select %2$s, r.deleted_at is not null, e.sources, e.ids
        from %1$s r
        left join lateral (
          select array_agg(x.source order by x.source) as sources,
                 array_agg(x.external_id order by x.source) as ids
          from %3$s x where x.%4$s = r.id
        ) e on true
        where r.id = any(?)
        """
            .formatted(
                table.table(), type.feedColumns(), table.externalIdTable(), table.recordColumn());
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        int deleted = rows.getMetaData().getColumnCount() - 2;
        while (rows.next()) {
          List<ExternalId> externalIds = externalIds(rows, deleted + 1);
          Object data = rows.getBoolean(deleted) ? null : type.reader().read(rows, externalIds);
          found.put(rows.getObject(1, UUID.class), new Current(externalIds, data));
        }
      }
    }
    return found;
  }

  private static List<ExternalId> externalIds(ResultSet rows, int column) throws SQLException {
    Array sources = rows.getArray(column);
    if (sources == null) {
      return List.of();
    }
    String[] source = (String[]) sources.getArray();
    String[] value = (String[]) rows.getArray(column + 1).getArray();
    List<ExternalId> ids = new ArrayList<>(source.length);
    for (int i = 0; i < source.length; i++) {
      ids.add(new ExternalId(source[i], value[i]));
    }
    return List.copyOf(ids);
  }

  /** A timestamp column of a feed row. */
  public static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
