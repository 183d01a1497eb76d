package io.clientele.forecast;

import io.clientele.common.FiscalCalendar;
import io.clientele.common.FiscalPeriod;
import io.clientele.common.Timestamps;
import io.clientele.fx.ExchangeRates;
import io.clientele.staff.Caller;
import io.clientele.staff.Roles;
import io.clientele.web.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Snapshots of the forecast: every staff member's total (their team's when they lead one), taken on
 * demand and weekly. Set-based: one query adds up every owner's deals, the team totals are rolled
 * up from those over the manager tree, and all snapshots go in with one insert.
 */
@ApplicationScoped
public class ForecastSnapshots {
  private final ForecastQueries queries;
  private final ExchangeRates rates;
  private final FiscalCalendar calendar;
  private final Caller caller;
  private final EntityManager em;
  private final RowJson json;

  public ForecastSnapshots(
      ForecastQueries queries,
      ExchangeRates rates,
      FiscalCalendar calendar,
      Caller caller,
      EntityManager em,
      RowJson json) {
    this.queries = queries;
    this.rates = rates;
    this.calendar = calendar;
    this.caller = caller;
    this.em = em;
    this.json = json;
  }

  @Schema(
      example =
          "{\"period\": \"2026-Q4\", \"takenOn\": \"2026-11-23\", \"staff\": 7, \"stored\": 7}")
  public record Taken(String period, LocalDate takenOn, int staff, int stored) {}

  /** A director snapshots their team (themselves and everyone below), an admin everyone. */
  @Transactional
  public Taken takeForCaller(FiscalPeriod period) {
    UUID root = caller.is(Roles.ADMIN) ? null : caller.staffId();
    return take(period, root, true);
  }

  /**
   * The weekly snapshot of the current quarter for everyone. With several replicas, the one that
   * gets the advisory lock takes it; the others skip (and the daily uniqueness would drop a
   * duplicate anyway).
   */
  @Scheduled(cron = "{clientele.forecast.snapshot-cron}", identity = "forecast-snapshot")
  @Transactional
  void takeWeekly() {
    Object locked =
        em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('forecast-snapshot'))")
            .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      Log.debug("another replica is taking the forecast snapshot");
      return;
    }
    Taken taken = take(calendar.quarterOf(LocalDate.now(ZoneOffset.UTC)), null, false);
    Log.infof(
        "forecast snapshot %s: %d staff, %d stored", taken.period(), taken.staff(), taken.stored());
  }

  /**
   * Snapshots of `root` and everyone below (everyone when root is null). A missing exchange rate is
   * a 422 when `strict`; otherwise the staff whose figures need it are skipped and named in the
   * log, so one missing rate does not cost everyone their weekly snapshot.
   */
  @Transactional
  public Taken take(FiscalPeriod period, UUID root, boolean strict) {
    @SuppressWarnings("unchecked")
    List<Object[]> tree =
        em.createNativeQuery("select id, manager_id from staff where active").getResultList();
    Map<UUID, UUID> managerOf = new HashMap<>();
    Map<UUID, List<UUID>> reportsOf = new HashMap<>();
    for (Object[] row : tree) {
      UUID id = (UUID) row[0];
      UUID manager = (UUID) row[1];
      managerOf.put(id, manager);
      reportsOf.computeIfAbsent(manager, k -> new ArrayList<>()).add(id);
    }
    List<UUID> targets = new ArrayList<>();
    if (root == null) {
      targets.addAll(managerOf.keySet());
    } else {
      collect(root, reportsOf, targets);
    }
    Set<UUID> inScope = new HashSet<>(targets);
    String currency = rates.reportingCurrency();
    int decimals = rates.reportingDecimals();

    // every owner's totals once, then each owner's into everyone above them within the targets
    Map<UUID, ForecastService.Figures.Sum> team = new HashMap<>();
    TreeSet<String> missing = new TreeSet<>();
    Set<UUID> incomplete = new HashSet<>();
    for (ForecastQueries.RowTotals owner :
        queries.totals(period, targets, ForecastQueries.GroupBy.staff, currency)) {
      missing.addAll(owner.missingRates());
      UUID up = UUID.fromString(owner.key());
      while (up != null && inScope.contains(up)) {
        team.computeIfAbsent(up, k -> new ForecastService.Figures.Sum()).add(owner);
        if (!owner.missingRates().isEmpty()) {
          incomplete.add(up);
        }
        up = up.equals(root) ? null : managerOf.get(up);
      }
    }
    Map<UUID, Map<String, BigDecimal>> quotas = new HashMap<>();
    for (ForecastQueries.QuotaRow q : queries.quotas(targets, period, currency)) {
      if (q.missingRate() != null) {
        missing.add(q.missingRate());
        incomplete.add(q.staffId());
        incomplete.add(managerOf.get(q.staffId()));
      } else {
        quotas.computeIfAbsent(q.staffId(), k -> new HashMap<>()).put(q.period(), q.amount());
      }
    }
    if (!missing.isEmpty()) {
      if (strict) {
        throw ExchangeRates.missing(List.copyOf(missing));
      }
      Log.warnf(
          "forecast snapshot %s skips %d staff: no exchange rate for %s",
          period.label(), incomplete.size(), String.join(", ", missing));
      targets.removeAll(incomplete);
    }

    ForecastService.Figures figures = new ForecastService.Figures(decimals);
    Instant now = Timestamps.now();
    List<UUID> ids = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (UUID staff : targets) {
      BigDecimal quota =
          ForecastService.teamQuota(
              quotas, staff, reportsOf.getOrDefault(staff, List.of()), period);
      ForecastService.Figures.Sum sum = team.getOrDefault(staff, new ForecastService.Figures.Sum());
      ids.add(staff);
      rows.add(json.write(figures.row("total", staff, "Total", quota, sum.totals(), null)));
    }
    int stored =
        ids.isEmpty()
            ? 0
            : em.createNativeQuery(
                    """
                    insert into forecast_snapshot (id, staff_id, period, taken_on, taken_at, figures)
                    select uuid_v7(), s.staff_id, :period, :on, :at, cast(s.figures as jsonb)
                    from unnest(cast(:staff as uuid[]), cast(:figures as text[])) as s(staff_id, figures)
                    on conflict (staff_id, period, taken_on) do nothing
                    """)
                .setParameter("period", period.label())
                .setParameter("on", LocalDate.ofInstant(now, ZoneOffset.UTC))
                .setParameter("at", Timestamp.from(now))
                .setParameter("staff", ids.toArray(UUID[]::new))
                .setParameter("figures", rows.toArray(String[]::new))
                .executeUpdate();
    return new Taken(period.label(), LocalDate.ofInstant(now, ZoneOffset.UTC), ids.size(), stored);
  }

  /** A staff member's snapshots of the period, oldest first: the forecast's trend. */
  public List<SnapshotDto> series(FiscalPeriod period, UUID staffId) {
    UUID staff = staffId == null ? caller.staffId() : staffId;
    if (!caller.maySee(staff)) {
      throw ProblemException.notFound("Staff member");
    }
    @SuppressWarnings("unchecked")
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

  private static void collect(UUID staff, Map<UUID, List<UUID>> reportsOf, List<UUID> into) {
    into.add(staff);
    for (UUID report : reportsOf.getOrDefault(staff, List.of())) {
      collect(report, reportsOf, into);
    }
  }
}
