package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import io.clientele.fx.ExchangeRates;
import io.clientele.staff.Caller;
import io.clientele.staff.Staff;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The forecast document: the SQL adds the deals up, this class resolves quotas and rounds. */
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

  public ForecastDocument document(
      FiscalPeriod period, UUID staffId, Scope scope, ForecastQueries.GroupBy groupBy) {
    UUID root = staffId == null ? caller.staffId() : staffId;
    if (!caller.maySee(root)) {
      throw ProblemException.notFound("Staff member");
    }
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
    Map<UUID, Map<String, BigDecimal>> quotas = new HashMap<>();
    for (ForecastQueries.QuotaRow q : queries.quotas(quotaHolders, period, currency)) {
      if (q.missingRate() != null) {
        missing.add(q.missingRate());
      } else {
        quotas.computeIfAbsent(q.staffId(), k -> new HashMap<>()).put(q.period(), q.amount());
      }
    }
    if (!missing.isEmpty()) {
      throw ExchangeRates.missing(List.copyOf(missing));
    }

    // the quota of each member, and of the team when the root has none of their own: its members'
    Map<UUID, BigDecimal> resolved = new HashMap<>();
    quotaHolders.forEach(id -> resolved.put(id, resolveQuota(quotas.get(id), period)));
    List<UUID> reportIds = quotaHolders.subList(1, quotaHolders.size());
    BigDecimal totalQuota = teamQuota(quotas, root, reportIds, period);

    Map<UUID, Call> calls = queries.latestCalls(quotaHolders, period, decimals);
    Figures figures = new Figures(decimals);
    Staff rootStaff = Staff.findById(root);
    List<ForecastDocument.Row> rows = new ArrayList<>();
    Figures.Sum sum = new Figures.Sum();
    BigDecimal unallocated = unallocated(totalQuota, reportIds, resolved);
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

  /**
   * A staff member's own target for a period, exact in the reporting currency: their quota
   * (resolved as in the forecast; null when none is set) and the commit of their last submission
   * (null when none). For other features (reviews), which have checked the caller may see it; this
   * method does not.
   */
  public Target target(UUID staffId, FiscalPeriod period) {
    String currency = rates.reportingCurrency();
    Map<String, BigDecimal> quotas = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (ForecastQueries.QuotaRow q : queries.quotas(List.of(staffId), period, currency)) {
      if (q.missingRate() != null) {
        missing.add(q.missingRate());
      } else {
        quotas.put(q.period(), q.amount());
      }
    }
    if (!missing.isEmpty()) {
      throw ExchangeRates.missing(missing);
    }
    Call call =
        queries.latestCalls(List.of(staffId), period, rates.reportingDecimals()).get(staffId);
    return new Target(resolveQuota(quotas, period), call == null ? null : call.commit());
  }

  /** See {@link #target}. */
  public record Target(BigDecimal quota, BigDecimal lastSubmittedCommit) {}

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

  /**
   * The part of a team's quota that no direct report holds (negative when the reports hold more);
   * null without a team quota.
   */
  private static BigDecimal unallocated(
      BigDecimal teamQuota, List<UUID> reports, Map<UUID, BigDecimal> resolved) {
    if (teamQuota == null) {
      return null;
    }
    return reports.stream()
        .map(resolved::get)
        .filter(Objects::nonNull)
        .reduce(teamQuota, BigDecimal::subtract);
  }

  /**
   * The quota of a staff member's whole team: their own for the period, else the sum of their
   * direct reports' (null when none is set). The forecast's total and the snapshots use it.
   */
  static BigDecimal teamQuota(
      Map<UUID, Map<String, BigDecimal>> quotas,
      UUID staff,
      List<UUID> reports,
      FiscalPeriod period) {
    BigDecimal own = resolveQuota(quotas.get(staff), period);
    if (own != null) {
      return own;
    }
    return reports.stream()
        .map(r -> resolveQuota(quotas.get(r), period))
        .filter(Objects::nonNull)
        .reduce(BigDecimal::add)
        .orElse(null);
  }

  /**
   * The quota of exactly this period; else, for a year, the sum of its halves' (each resolved the
   * same way) and, for a half, of its quarters'; null when none of them is set. Months have none.
   */
  static BigDecimal resolveQuota(Map<String, BigDecimal> quotas, FiscalPeriod period) {
    if (quotas == null) {
      return null;
    }
    return resolve(quotas, period.label(), period.kind());
  }

  private static BigDecimal resolve(
      Map<String, BigDecimal> quotas, String label, FiscalPeriod.Kind kind) {
    if (quotas.containsKey(label)) {
      return quotas.get(label);
    }
    String year = label.substring(0, 4);
    List<BigDecimal> parts =
        switch (kind) {
          case YEAR ->
              List.of(year + "-H1", year + "-H2").stream()
                  .map(h -> resolve(quotas, h, FiscalPeriod.Kind.HALF))
                  .toList();
          case HALF ->
              (label.endsWith("H1") ? List.of("Q1", "Q2") : List.of("Q3", "Q4"))
                  .stream().map(q -> quotas.get(year + "-" + q)).toList();
          default -> List.of();
        };
    return parts.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
  }

  /** Turns exact sums into the document's figures: money rounded at the end, ratios to 4 places. */
  static final class Figures {
    private static final ForecastQueries.RowTotals EMPTY =
        new ForecastQueries.RowTotals(
            "",
            0,
            0,
            0,
            0,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            List.of());
    private final int decimals;

    Figures(int decimals) {
      this.decimals = decimals;
    }

    ForecastDocument.Row row(
        String key,
        UUID staffId,
        String name,
        BigDecimal quota,
        ForecastQueries.RowTotals t,
        Call call) {
      ForecastQueries.RowTotals totals = t == null ? EMPTY : t;
      BigDecimal commit = totals.closedWon().add(totals.commitOpen());
      BigDecimal bestCase = commit.add(totals.bestCaseOpen());
      BigDecimal remaining = quota == null ? null : quota.subtract(totals.closedWon());
      return new ForecastDocument.Row(
          key,
          staffId,
          name,
          money(quota),
          money(totals.closedWon()),
          money(commit),
          money(bestCase),
          money(totals.pipeline()),
          money(totals.weighted()),
          quota == null ? null : money(quota.subtract(commit)),
          ratio(totals.closedWon(), quota),
          ratio(totals.pipeline(), remaining),
          new ForecastDocument.DealCounts(
              totals.pipelines(), totals.bestCases(), totals.commits(), totals.won()),
          call);
    }

    private BigDecimal money(BigDecimal amount) {
      return amount == null ? null : amount.setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /** Rounded half-even to 4 places; null when the divisor is missing, zero or below. */
    private static BigDecimal ratio(BigDecimal numerator, BigDecimal divisor) {
      return divisor == null || divisor.signum() <= 0
          ? null
          : numerator.divide(divisor, 4, RoundingMode.HALF_EVEN);
    }

    /** Exact sums of several lines of totals (owners into a row, rows into the total). */
    static final class Sum {
      private long won;
      private long commits;
      private long bestCases;
      private long pipelines;
      private BigDecimal closedWon = BigDecimal.ZERO;
      private BigDecimal commitOpen = BigDecimal.ZERO;
      private BigDecimal bestCaseOpen = BigDecimal.ZERO;
      private BigDecimal pipeline = BigDecimal.ZERO;
      private BigDecimal weighted = BigDecimal.ZERO;

      void add(ForecastQueries.RowTotals t) {
        if (t == null) {
          return;
        }
        won += t.won();
        commits += t.commits();
        bestCases += t.bestCases();
        pipelines += t.pipelines();
        closedWon = closedWon.add(t.closedWon());
        commitOpen = commitOpen.add(t.commitOpen());
        bestCaseOpen = bestCaseOpen.add(t.bestCaseOpen());
        pipeline = pipeline.add(t.pipeline());
        weighted = weighted.add(t.weighted());
      }

      ForecastQueries.RowTotals totals() {
        return new ForecastQueries.RowTotals(
            "total",
            won,
            commits,
            bestCases,
            pipelines,
            closedWon,
            commitOpen,
            bestCaseOpen,
            pipeline,
            weighted,
            List.of());
      }
    }
  }
}
