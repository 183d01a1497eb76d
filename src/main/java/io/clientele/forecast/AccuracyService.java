package io.clientele.forecast;

import io.clientele.common.FiscalCalendar;
import io.clientele.common.FiscalPeriod;
import io.clientele.fx.ExchangeRates;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** Forecast accuracy: the last call of each closed period against what finally closed won. */
@ApplicationScoped
public class AccuracyService {
  private static final int MAX_PERIODS = 36;

  private final ForecastService forecasts;
  private final ForecastQueries queries;
  private final FiscalCalendar calendar;
  private final ExchangeRates rates;

  public AccuracyService(
      ForecastService forecasts,
      ForecastQueries queries,
      FiscalCalendar calendar,
      ExchangeRates rates) {
    this.forecasts = forecasts;
    this.queries = queries;
    this.calendar = calendar;
    this.rates = rates;
  }

  public Accuracy accuracy(
      FiscalPeriod from, FiscalPeriod to, UUID staffId, ForecastService.Scope scope) {
    if (from.kind() != to.kind()) {
      throw ProblemException.badParameter(
          "to",
          "must be the same kind of period as from (" + from.kind().name().toLowerCase() + ")");
    }
    if (to.start().isBefore(from.start())) {
      throw ProblemException.badParameter("to", "must not come before from");
    }
    UUID staff = forecasts.whose(staffId);
    ForecastService.Scope effective = scope == null ? ForecastService.Scope.team : scope;
    int decimals = rates.reportingDecimals();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    List<Accuracy.PeriodAccuracy> periods = new ArrayList<>();
    for (FiscalPeriod period : range(from, to)) {
      if (!period.end().isBefore(today)) {
        break; // only closed periods: what closed won is final
      }
      BigDecimal closedWon =
          forecasts
              .document(period, staff, effective, ForecastQueries.GroupBy.staff)
              .total()
              .closedWon();
      Call call = queries.latestCall(staff, period, decimals);
      BigDecimal error = call == null ? null : call.commit().subtract(closedWon);
      BigDecimal adjustedError = call == null ? null : call.adjustedCommit().subtract(closedWon);
      periods.add(
          new Accuracy.PeriodAccuracy(
              period.label(),
              period.start(),
              period.end(),
              closedWon,
              call,
              error,
              ratio(error == null ? null : error.abs(), closedWon),
              ratio(error, closedWon),
              adjustedError,
              ratio(adjustedError == null ? null : adjustedError.abs(), closedWon),
              ratio(adjustedError, closedWon)));
    }
    return new Accuracy(
        staff,
        effective.name(),
        rates.reportingCurrency(),
        periods,
        mean(periods, Accuracy.PeriodAccuracy::absolutePercentError),
        mean(periods, Accuracy.PeriodAccuracy::bias),
        mean(periods, Accuracy.PeriodAccuracy::adjustedAbsolutePercentError),
        mean(periods, Accuracy.PeriodAccuracy::adjustedBias));
  }

  /** The periods of `from`'s kind from `from` to `to`, both included. */
  private List<FiscalPeriod> range(FiscalPeriod from, FiscalPeriod to) {
    List<FiscalPeriod> periods = new ArrayList<>();
    FiscalPeriod period = from;
    while (!period.start().isAfter(to.start())) {
      periods.add(period);
      if (periods.size() > MAX_PERIODS) {
        throw ProblemException.badParameter(
            "to", "a range covers at most " + MAX_PERIODS + " periods");
      }
      period = next(period);
    }
    return periods;
  }

  private FiscalPeriod next(FiscalPeriod period) {
    int year = Integer.parseInt(period.label().substring(0, 4));
    String label =
        switch (period.kind()) {
          case YEAR -> Integer.toString(year + 1);
          case HALF -> period.label().endsWith("H1") ? year + "-H2" : (year + 1) + "-H1";
          case QUARTER -> {
            int q = period.label().charAt(6) - '0';
            yield q == 4 ? (year + 1) + "-Q1" : year + "-Q" + (q + 1);
          }
          case MONTH -> period.end().plusDays(1).toString().substring(0, 7);
        };
    return calendar.period("to", label);
  }

  private static BigDecimal ratio(BigDecimal numerator, BigDecimal divisor) {
    return numerator == null || divisor.signum() == 0
        ? null
        : numerator.divide(divisor, 4, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal mean(
      List<Accuracy.PeriodAccuracy> periods, Function<Accuracy.PeriodAccuracy, BigDecimal> value) {
    List<BigDecimal> values = periods.stream().map(value).filter(Objects::nonNull).toList();
    return values.isEmpty()
        ? null
        : values.stream()
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_EVEN);
  }
}
