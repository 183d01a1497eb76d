package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import io.clientele.common.Ids;
import io.clientele.common.Money;
import io.clientele.common.Timestamps;
import io.clientele.fx.ExchangeRates;
import io.clientele.staff.Caller;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Forecast calls: a staff member submits theirs (with the forecast computed at that moment), a
 * director adjusts a report's latest one. Both are append-only: the history is the record.
 */
@ApplicationScoped
public class CallService {
  private final ForecastService forecasts;
  private final CallQueries queries;
  private final ExchangeRates rates;
  private final Caller caller;

  public CallService(
      ForecastService forecasts, CallQueries queries, ExchangeRates rates, Caller caller) {
    this.forecasts = forecasts;
    this.queries = queries;
    this.rates = rates;
    this.caller = caller;
  }

  @Transactional
  public SubmissionDto submit(FiscalPeriod period, CallInput input) {
    checkCall(input.commit(), input.bestCase());
    UUID me = caller.staffId();
    ForecastDocument.Row computed =
        forecasts
            .document(period, me, ForecastService.Scope.team, ForecastQueries.GroupBy.staff)
            .total();
    SubmissionDto submission =
        new SubmissionDto(
            Ids.newId(),
            me,
            period.label(),
            input.commit(),
            input.bestCase(),
            input.note(),
            Timestamps.now(),
            computed);
    queries.insert(submission);
    return submission;
  }

  /** A director (or an admin) overrides the latest call of someone below them. */
  @Transactional
  public AdjustmentDto adjust(FiscalPeriod period, AdjustmentInput input) {
    if (!caller.mayManage(input.staffId())) {
      throw ProblemException.invalidField(
          "staffId", "you may adjust only the calls of staff below you, never your own");
    }
    checkCall(input.commit(), input.bestCase());
    UUID latest =
        queries
            .latestSubmission(input.staffId(), period)
            .orElseThrow(
                () ->
                    ProblemException.invalidField(
                        "staffId", "has submitted no call for " + period.label()));
    AdjustmentDto adjustment =
        new AdjustmentDto(
            Ids.newId(),
            latest,
            input.staffId(),
            period.label(),
            input.commit(),
            input.bestCase(),
            input.reason().trim(),
            caller.staffId(),
            Timestamps.now());
    queries.insert(adjustment);
    return adjustment;
  }

  /** A staff member's calls for the period, newest first. */
  public List<SubmissionDto> submissions(FiscalPeriod period, UUID staffId) {
    return queries.submissions(forecasts.whose(staffId), period);
  }

  /** The adjustments of a staff member's calls for the period, newest first. */
  public List<AdjustmentDto> adjustments(FiscalPeriod period, UUID staffId) {
    return queries.adjustments(forecasts.whose(staffId), period);
  }

  private void checkCall(Money commit, Money bestCase) {
    String reporting = rates.reportingCurrency();
    if (!commit.currency().equals(reporting)) {
      throw ProblemException.invalidField(
          "commit.currency", "calls are made in the reporting currency, " + reporting);
    }
    if (!bestCase.currency().equals(reporting)) {
      throw ProblemException.invalidField(
          "bestCase.currency", "calls are made in the reporting currency, " + reporting);
    }
    if (commit.amount().signum() < 0) {
      throw ProblemException.invalidField("commit.amount", "must not be negative");
    }
    if (bestCase.amount().compareTo(commit.amount()) < 0) {
      throw ProblemException.invalidField("bestCase.amount", "must be at least the commit");
    }
  }
}
