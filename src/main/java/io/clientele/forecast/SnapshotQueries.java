package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The snapshots' SQL: the manager tree they roll up over, the one insert, the series. */
@ApplicationScoped
class SnapshotQueries {
  private final EntityManager em;
  private final RowJson json;

  SnapshotQueries(EntityManager em, RowJson json) {
    this.em = em;
    this.json = json;
  }

  record Edge(UUID staffId, UUID managerId) {}

  /**
   * Whether this transaction may take the weekly snapshot: with several replicas, the one that gets
   * the advisory lock does (no index: a lock on a name).
   */
  boolean lockWeekly() {
    Object locked =
        em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('forecast-snapshot'))")
            .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }

  /** The active staff and their managers: the whole tree, read in one pass of the table. */
  @SuppressWarnings("unchecked")
  List<Edge> activeTree() {
    List<Object[]> rows =
        em.createNativeQuery("select id, manager_id from staff where active").getResultList();
    return rows.stream().map(r -> new Edge((UUID) r[0], (UUID) r[1])).toList();
  }

  /**
   * Stores the figures of these staff as of `now`, in one statement; a staff member who has a
   * snapshot of the period that day keeps it (forecast_snapshot_once_a_day). Answers how many were
   * new.
   */
  int insert(FiscalPeriod period, Instant now, List<UUID> staff, List<ForecastDocument.Row> rows) {
    if (staff.isEmpty()) {
      return 0;
    }
    return em.createNativeQuery(
            """
            insert into forecast_snapshot (id, staff_id, period, taken_on, taken_at, figures)
            select uuid_v7(), s.staff_id, :period, :on, :at, cast(s.figures as jsonb)
            from unnest(cast(:staff as uuid[]), cast(:figures as text[])) as s(staff_id, figures)
            on conflict (staff_id, period, taken_on) do nothing
            """)
        .setParameter("period", period.label())
        .setParameter("on", LocalDate.ofInstant(now, ZoneOffset.UTC))
        .setParameter("at", Timestamp.from(now))
        .setParameter("staff", staff.toArray(UUID[]::new))
        .setParameter("figures", rows.stream().map(json::write).toArray(String[]::new))
        .executeUpdate();
  }

  /**
   * A staff member's snapshots of the period, oldest first: the forecast's trend. Expects
   * forecast_snapshot_once_a_day (staff_id, period, taken_on).
   */
  @SuppressWarnings("unchecked")
  List<SnapshotDto> series(UUID staff, FiscalPeriod period) {
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select taken_on, taken_at, cast(figures as text) from forecast_snapshot
                where staff_id = :staff and period = :period order by taken_on
                """)
            .setParameter("staff", staff)
            .setParameter("period", period.label())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new SnapshotDto(
                    staff,
                    period.label(),
                    (LocalDate) r[0],
                    (Instant) r[1],
                    json.read((String) r[2])))
        .toList();
  }
}
