package io.clientele.forecast;

import io.clientele.common.FiscalCalendar;
import io.clientele.common.FiscalPeriod;
import io.clientele.common.Timestamps;
import io.clientele.fx.ExchangeRates;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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
 * demand ({@link SnapshotService}) and weekly. Set-based: one query adds up every owner's deals,
 * the team totals are rolled up from those over the manager tree, and all snapshots go in with one
 * insert.
 */
@ApplicationScoped
public class ForecastSnapshots {
  private final ForecastQueries forecast;
  private final SnapshotQueries queries;
  private final ExchangeRates rates;
  private final FiscalCalendar calendar;

  public ForecastSnapshots(
      ForecastQueries forecast,
      SnapshotQueries queries,
      ExchangeRates rates,
      FiscalCalendar calendar) {
    this.forecast = forecast;
    this.queries = queries;
    this.rates = rates;
    this.calendar = calendar;
  }

  @Schema(
      example =
          "{\"period\": \"2026-Q4\", \"takenOn\": \"2026-11-23\", \"staff\": 7, \"stored\": 7}")
  public record Taken(String period, LocalDate takenOn, int staff, int stored) {}

  /**
   * The weekly snapshot of the current quarter for everyone. With several replicas, the one that
   * gets the advisory lock takes it; the others skip (and the daily uniqueness would drop a
   * duplicate anyway).
   */
  @Scheduled(cron = "{clientele.forecast.snapshot-cron}", identity = "forecast-snapshot")
  @Transactional
  void takeWeekly() {
    if (!queries.lockWeekly()) {
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
    Map<UUID, UUID> managerOf = new HashMap<>();
    Map<UUID, List<UUID>> reportsOf = new HashMap<>();
    for (SnapshotQueries.Edge edge : queries.activeTree()) {
      managerOf.put(edge.staffId(), edge.managerId());
      reportsOf.computeIfAbsent(edge.managerId(), k -> new ArrayList<>()).add(edge.staffId());
    }
    List<UUID> targets = new ArrayList<>();
    if (root == null) {
      targets.addAll(managerOf.keySet());
    } else {
      collect(root, reportsOf, targets);
    }
    Set<UUID> inScope = new HashSet<>(targets);
    String currency = rates.reportingCurrency();

    // every owner's totals once, then each owner's into everyone above them within the targets
    Map<UUID, Figures.Sum> team = new HashMap<>();
    TreeSet<String> missing = new TreeSet<>();
    Set<UUID> incomplete = new HashSet<>();
    for (ForecastQueries.RowTotals owner :
        forecast.totals(period, targets, ForecastQueries.GroupBy.staff, currency)) {
      missing.addAll(owner.missingRates());
      UUID up = UUID.fromString(owner.key());
      while (up != null && inScope.contains(up)) {
        team.computeIfAbsent(up, k -> new Figures.Sum()).add(owner);
        if (!owner.missingRates().isEmpty()) {
          incomplete.add(up);
        }
        up = up.equals(root) ? null : managerOf.get(up);
      }
    }
    Map<UUID, Map<String, BigDecimal>> quotas =
        QuotaRollup.byStaff(
            forecast.quotas(targets, period, currency),
            q -> {
              missing.add(q.missingRate());
              incomplete.add(q.staffId());
              incomplete.add(managerOf.get(q.staffId()));
            });
    if (!missing.isEmpty()) {
      if (strict) {
        throw ExchangeRates.missing(List.copyOf(missing));
      }
      Log.warnf(
          "forecast snapshot %s skips %d staff: no exchange rate for %s",
          period.label(), incomplete.size(), String.join(", ", missing));
      targets.removeAll(incomplete);
    }

    Figures figures = new Figures(rates.reportingDecimals());
    Instant now = Timestamps.now();
    List<ForecastDocument.Row> rows = new ArrayList<>();
    for (UUID staff : targets) {
      BigDecimal quota =
          QuotaRollup.team(quotas, staff, reportsOf.getOrDefault(staff, List.of()), period);
      Figures.Sum sum = team.getOrDefault(staff, new Figures.Sum());
      rows.add(figures.row("total", staff, "Total", quota, sum.totals(), null));
    }
    int stored = queries.insert(period, now, targets, rows);
    return new Taken(
        period.label(), LocalDate.ofInstant(now, ZoneOffset.UTC), targets.size(), stored);
  }

  private static void collect(UUID staff, Map<UUID, List<UUID>> reportsOf, List<UUID> into) {
    into.add(staff);
    for (UUID report : reportsOf.getOrDefault(staff, List.of())) {
      collect(report, reportsOf, into);
    }
  }
}
