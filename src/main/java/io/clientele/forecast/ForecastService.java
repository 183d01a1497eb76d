package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import io.clientele.fx.ExchangeRates;
import io.clientele.staff.Caller;
import io.clientele.staff.Staff;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The forecast document: the SQL adds the deals up, {@link QuotaRollup} resolves quotas and {@link
 * Figures} rounds.
 */
@ApplicationScoped
public class ForecastService {
  private final ForecastQueries queries;
  private final ExchangeRates rates;
  private final Caller caller;

  public ForecastService(ForecastQueries queries, ExchangeRates rates, Caller caller) {
    this.queries = queries;
    this.rates = rates;
    this.caller = caller;
  }

  @Schema(name = "ForecastScope")
  public enum Scope {
    own,
    team
  }

  /**
   * Whose forecast (calls, snapshots) a read is about: the staff member asked for, else the caller;
   * one the caller may not see is 404, exactly like a missing one.
   */
  UUID whose(UUID staffId) {
    UUID staff = staffId == null ? caller.staffId() : staffId;
    if (!caller.maySee(staff)) {
      throw ProblemException.notFound("Staff member");
    }
    return staff;
  }

  public ForecastDocument document(
      FiscalPeriod period, UUID staffId, Scope scope, ForecastQueries.GroupBy groupBy) {
    UUID root = whose(staffId);
    Scope effectiveScope = scope == null ? Scope.team : scope;
    ForecastQueries.GroupBy effectiveGroup =
        groupBy == null ? ForecastQueries.GroupBy.staff : groupBy;
    boolean team = effectiveScope == Scope.team;
    String currency = rates.reportingCurrency();
    int decimals = rates.reportingDecimals();

    Map<UUID, UUID> owners = queries.owners(root, team);
    Map<String, Figures.Sum> totals = new HashMap<>();
    TreeSet<String> missing = new TreeSet<>();
    for (ForecastQueries.RowTotals t :
        queries.totals(period, owners.keySet(), effectiveGroup, currency)) {
      // staff rows add up the owners of each direct report's team; other rows come keyed already
      String key =
          effectiveGroup == ForecastQueries.GroupBy.staff
              ? owners.get(UUID.fromString(t.key())).toString()
              : t.key();
      totals.computeIfAbsent(key, k -> new Figures.Sum()).add(t);
      missing.addAll(t.missingRates());
    }
    List<Object[]> reports = team ? queries.reports(root) : List.of();
    List<UUID> quotaHolders = new ArrayList<>();
    quotaHolders.add(root);
    reports.forEach(r -> quotaHolders.add((UUID) r[0]));
    Map<UUID, Map<String, BigDecimal>> quotas =
        QuotaRollup.byStaff(
            queries.quotas(quotaHolders, period, currency), q -> missing.add(q.missingRate()));
    if (!missing.isEmpty()) {
      throw ExchangeRates.missing(List.copyOf(missing));
    }

    // the quota of each member, and of the team when the root has none of their own: its members'
    Map<UUID, BigDecimal> resolved = new HashMap<>();
    quotaHolders.forEach(id -> resolved.put(id, QuotaRollup.resolve(quotas.get(id), period)));
    List<UUID> reportIds = quotaHolders.subList(1, quotaHolders.size());
    BigDecimal totalQuota = QuotaRollup.team(quotas, root, reportIds, period);

    Map<UUID, Call> calls = queries.latestCalls(quotaHolders, period, decimals);
    Figures figures = new Figures(decimals);
    Staff rootStaff = Staff.findById(root);
    List<ForecastDocument.Row> rows = new ArrayList<>();
    Figures.Sum sum = new Figures.Sum();
    BigDecimal unallocated = QuotaRollup.unallocated(totalQuota, reportIds, resolved);
    for (Line line : lines(effectiveGroup, period, root, rootStaff, reports, totals, team)) {
      // the own-deals row of someone with reports holds what of the team's quota no report holds,
      // so the staff rows' quotas add up to the total's
      BigDecimal quota =
          line.staffId() == null
              ? null
              : line.staffId().equals(root) && !reports.isEmpty()
                  ? unallocated
                  : resolved.get(line.staffId());
      ForecastQueries.RowTotals t = line.totals() == null ? null : line.totals().totals();
      // their call covers the team: it is in the total, not on their own deals' row
      Call call =
          line.staffId() == null || (line.staffId().equals(root) && !reports.isEmpty())
              ? null
              : calls.get(line.staffId());
      rows.add(figures.row(line.key(), line.staffId(), line.name(), quota, t, call));
      sum.add(t);
    }
    ForecastDocument.Row total =
        figures.row("total", root, "Total", totalQuota, sum.totals(), calls.get(root));
    return new ForecastDocument(
        period.label(),
        period.start(),
        period.end(),
        currency,
        root,
        effectiveScope.name(),
        effectiveGroup.name(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        rows,
        total);
  }

  private record Line(String key, UUID staffId, String name, Figures.Sum totals) {}

  /** The rows of the document, in its documented order, with zero rows where nothing closes. */
  private static List<Line> lines(
      ForecastQueries.GroupBy groupBy,
      FiscalPeriod period,
      UUID root,
      Staff rootStaff,
      List<Object[]> reports,
      Map<String, Figures.Sum> totals,
      boolean team) {
    List<Line> lines = new ArrayList<>();
    switch (groupBy) {
      case staff -> {
        String own = team && !reports.isEmpty() ? rootStaff.name + " (own deals)" : rootStaff.name;
        lines.add(new Line(root.toString(), root, own, totals.get(root.toString())));
        for (Object[] report : reports) {
          UUID id = (UUID) report[0];
          lines.add(new Line(id.toString(), id, (String) report[1], totals.get(id.toString())));
        }
      }
      case region ->
          totals.keySet().stream()
              .sorted(Comparator.comparing((String k) -> k.isEmpty()).thenComparing(k -> k))
              .forEach(
                  k ->
                      lines.add(new Line(k, null, k.isEmpty() ? "(no region)" : k, totals.get(k))));
      case month -> {
        for (YearMonth m = YearMonth.from(period.start());
            !m.isAfter(YearMonth.from(period.end()));
            m = m.plusMonths(1)) {
          lines.add(new Line(m.toString(), null, m.toString(), totals.get(m.toString())));
        }
      }
    }
    return lines;
  }
}
