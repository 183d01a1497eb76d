package io.clientele.pipeline;

import io.clientele.account.AccountService;
import io.clientele.common.FiscalPeriod;
import io.clientele.fx.ExchangeRates;
import io.clientele.staff.Caller;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/** Pipeline analytics: the SQL adds up, this class checks rates, rounds and assembles. */
@ApplicationScoped
public class PipelineService {
  /**
   * An account's closed-won amount in the reporting currency; `missingRates` ("EUR 2026-03") names
   * each currency and close month without a rate, whose deals are left out.
   */
  public record ClosedWon(BigDecimal amount, List<String> missingRates) {}

  private final PipelineQueries queries;
  private final ExchangeRates rates;
  private final Caller caller;
  private final AccountService accounts;

  public PipelineService(
      PipelineQueries queries, ExchangeRates rates, Caller caller, AccountService accounts) {
    this.queries = queries;
    this.rates = rates;
    this.caller = caller;
    this.accounts = accounts;
  }

  /**
   * The amount of the account's deals in a won stage whose close date falls in `period`, converted
   * and rounded as the summary's `wonAmount` is: each at its close month's rate, added up, then
   * rounded half-even to the reporting currency's decimals.
   */
  public ClosedWon closedWon(UUID accountId, FiscalPeriod period) {
    accounts.get(accountId);
    PipelineQueries.Won won = queries.accountWon(accountId, period, rates.reportingCurrency());
    return new ClosedWon(
        won.amount().setScale(rates.reportingDecimals(), RoundingMode.HALF_EVEN),
        won.missingRates());
  }

  public PipelineSummary summary(
      FiscalPeriod period, UUID staffId, OpportunityQueries.Scope scope) {
    UUID subject = staffId == null ? caller.staffId() : staffId;
    if (!caller.maySee(subject)) {
      throw ProblemException.notFound("Staff member");
    }
    OpportunityQueries.Scope effective = scope == null ? OpportunityQueries.Scope.team : scope;
    boolean team = effective == OpportunityQueries.Scope.team;
    String currency = rates.reportingCurrency();
    int decimals = rates.reportingDecimals();

    List<PipelineQueries.StageTotals> totals = queries.stageTotals(period, subject, team, currency);
    PipelineQueries.CreatedTotals created = queries.created(period, subject, team, currency);
    TreeSet<String> missing = new TreeSet<>(created.missingRates());
    totals.forEach(t -> missing.addAll(t.missingRates()));
    if (!missing.isEmpty()) {
      throw ExchangeRates.missing(List.copyOf(missing));
    }
    List<PipelineQueries.StageVelocity> velocity = queries.velocity(period, subject, team);
    Map<String, BigDecimal> days = new HashMap<>();
    velocity.forEach(v -> days.put(v.stage(), v.averageDays()));

    Function<BigDecimal, BigDecimal> money =
        amount -> amount.setScale(decimals, RoundingMode.HALF_EVEN);
    List<PipelineSummary.StageRow> rows = new ArrayList<>();
    long count = 0;
    long won = 0;
    long lost = 0;
    BigDecimal amount = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal wonAmount = BigDecimal.ZERO;
    for (PipelineQueries.StageTotals t : totals) {
      rows.add(
          new PipelineSummary.StageRow(
              t.stage(),
              t.label(),
              t.closed(),
              t.won(),
              t.count(),
              money.apply(t.amount()),
              money.apply(t.weighted()),
              days.get(t.stage())));
      count += t.count();
      amount = amount.add(t.amount());
      weighted = weighted.add(t.weighted());
      if (t.won()) {
        won += t.count();
        wonAmount = wonAmount.add(t.amount());
      } else if (t.closed()) {
        lost += t.count();
      }
    }
    List<PipelineSummary.Conversion> conversions =
        velocity.stream()
            .filter(v -> !v.closed())
            .map(
                c ->
                    new PipelineSummary.Conversion(
                        c.stage(),
                        c.entered(),
                        c.advanced(),
                        ratio(c.advanced(), BigDecimal.valueOf(c.entered()))))
            .toList();
    return new PipelineSummary(
        period.label(),
        period.start(),
        period.end(),
        currency,
        subject,
        effective,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        rows,
        new PipelineSummary.Totals(count, money.apply(amount), money.apply(weighted)),
        won,
        lost,
        ratio(won, BigDecimal.valueOf(won + lost)),
        money.apply(wonAmount),
        won == 0
            ? null
            : money.apply(
                wonAmount.divide(BigDecimal.valueOf(won), decimals, RoundingMode.HALF_EVEN)),
        new PipelineSummary.Created(created.count(), money.apply(created.amount())),
        conversions);
  }

  /** Ratios are rounded half-even to 4 places, and null when the divisor is zero. */
  static BigDecimal ratio(long numerator, BigDecimal divisor) {
    return divisor.signum() == 0
        ? null
        : BigDecimal.valueOf(numerator).divide(divisor, 4, RoundingMode.HALF_EVEN);
  }
}
