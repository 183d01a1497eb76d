package io.clientele.plan;

import io.clientele.common.FiscalCalendar;
import io.clientele.common.FiscalPeriod;
import io.clientele.common.Timestamps;
import io.clientele.fx.ExchangeRates;
import io.clientele.pipeline.PipelineService;
import io.clientele.pnl.AccountPnlService;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's KPIs as they read: the actuals of revenue and won KPIs from the data (the P&L's and the
 * pipeline's own figures, never a rule of this package), and every KPI's progress.
 */
@ApplicationScoped
class PlanKpis {
  /** Progress is a ratio: rounded half-even to 4 places, like every ratio of the API. */
  private static final int RATIO_SCALE = 4;

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** A computed actual: the amount, or null with the rates it lacks. */
  record Actual(BigDecimal amount, List<String> missingRates) {
    static Actual of(BigDecimal amount, List<String> missingRates) {
      return missingRates.isEmpty()
          ? new Actual(amount, List.of())
          : new Actual(null, List.copyOf(missingRates));
    }
  }

  private final AccountPnlService pnl;
  private final PipelineService pipeline;
  private final FiscalCalendar calendar;
  private final ExchangeRates rates;

  PlanKpis(
      AccountPnlService pnl,
      PipelineService pipeline,
      FiscalCalendar calendar,
      ExchangeRates rates) {
    this.pnl = pnl;
    this.pipeline = pipeline;
    this.calendar = calendar;
    this.rates = rates;
  }

  FiscalPeriod year(int fiscalYear) {
    return calendar.periodField("fiscalYear", String.valueOf(fiscalYear));
  }

  /**
   * The KPIs of `plan` as kept (`kept`) shown with actuals and progress. A closed plan shows the
   * actuals frozen at closing; otherwise revenue and won KPIs are computed now, each kind once.
   */
  List<Kpi> view(AccountPlan plan, List<KpiInput> kept) {
    boolean live = plan.status() != PlanStatus.closed;
    Map<KpiKind, Actual> computed = new EnumMap<>(KpiKind.class);
    List<Kpi> kpis = new ArrayList<>();
    for (KpiInput k : kept) {
      Actual actual =
          live && k.kind().computed()
              ? computed.computeIfAbsent(k.kind(), kind -> compute(plan, kind))
              : new Actual(k.actual(), List.of());
      kpis.add(
          new Kpi(
              k.name(),
              k.kind(),
              k.unit(),
              shown(k.unit(), k.target()),
              shown(k.unit(), actual.amount()),
              k.direction(),
              progress(k.direction(), k.target(), actual.amount()),
              actual.missingRates()));
    }
    return kpis;
  }

  /** The KPIs to keep when a plan closes; `missingRates` lists what stops them being computed. */
  record Frozen(List<KpiInput> kpis, List<String> missingRates) {}

  /** The KPIs with the actuals of revenue and won KPIs computed now, to keep as they are. */
  Frozen freeze(AccountPlan plan, List<KpiInput> kept) {
    List<Kpi> now = view(plan, kept);
    List<KpiInput> kpis = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      KpiInput k = kept.get(i);
      kpis.add(
          k.kind().computed()
              ? new KpiInput(
                  k.name(), k.kind(), k.unit(), k.target(), now.get(i).actual(), k.direction())
              : k);
    }
    return new Frozen(
        kpis, now.stream().flatMap(k -> k.missingRates().stream()).distinct().sorted().toList());
  }

  private Actual compute(AccountPlan plan, KpiKind kind) {
    FiscalPeriod year = year(plan.fiscalYear);
    if (kind == KpiKind.won) {
      // the account's deals won in the year, as the pipeline adds them up
      PipelineService.ClosedWon won = pipeline.closedWon(plan.accountId, year);
      return Actual.of(won.amount(), won.missingRates());
    }
    // the account's P&L revenue of the year so far: its first month to the current one (a year
    // not begun has none yet, a past year counts whole)
    YearMonth now = YearMonth.from(Timestamps.now().atZone(ZoneOffset.UTC));
    YearMonth last = YearMonth.from(year.end());
    AccountPnlService.Revenue revenue =
        pnl.revenue(plan.accountId, YearMonth.from(year.start()), now.isBefore(last) ? now : last);
    return Actual.of(revenue.amount(), revenue.missingRates());
  }

  /** Money at the reporting currency's decimals; numbers and percentages as entered. */
  private BigDecimal shown(KpiUnit unit, BigDecimal value) {
    return value == null || unit != KpiUnit.money
        ? value
        : value.setScale(rates.reportingDecimals(), RoundingMode.HALF_EVEN);
  }

  /**
   * How far a KPI is towards its target, 1 being on target: higher is better, actual / target;
   * lower is better, (2 × target − actual) / target, at least 0 (the same distance from the target
   * counts the same either way). Not capped above; null without an actual or with a target of 0.
   */
  static BigDecimal progress(KpiDirection direction, BigDecimal target, BigDecimal actual) {
    if (actual == null || target.signum() == 0) {
      return null;
    }
    BigDecimal toward =
        direction == KpiDirection.higher ? actual : TWO.multiply(target).subtract(actual);
    return toward.max(BigDecimal.ZERO).divide(target, RATIO_SCALE, RoundingMode.HALF_EVEN);
  }
}
