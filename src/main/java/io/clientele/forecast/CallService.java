package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import io.clientele.common.Ids;
import io.clientele.common.Money;
import io.clientele.common.Timestamps;
import io.clientele.fx.ExchangeRates;
import io.clientele.staff.Caller;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Forecast calls: a staff member submits theirs (with the forecast computed at that moment), a
 * director adjusts a report's latest one. Both are append-only: the history is the record.
 */
@ApplicationScoped
public class CallService {
  private final ForecastService forecasts;
  private final ExchangeRates rates;
  private final Caller caller;
  private final EntityManager em;
  private final RowJson json;

  public CallService(
      ForecastService forecasts,
      ExchangeRates rates,
      Caller caller,
      EntityManager em,
      RowJson json) {
    this.forecasts = forecasts;
    this.rates = rates;
    this.caller = caller;
    this.em = em;
    this.json = json;
  }

  @Transactional
  public SubmissionDto submit(FiscalPeriod period, CallInput input) {
    checkCall(input.commit(), input.bestCase());
    UUID me = caller.staffId();
    ForecastDocument.Row computed =
        forecasts
            .document(period, me, ForecastService.Scope.team, ForecastQueries.GroupBy.staff)
            .total();
    UUID id = Ids.newId();
    Instant now = Timestamps.now();
    em.createNativeQuery(
            """
            insert into forecast_submission (id, staff_id, period, commit, best_case, currency, note, computed, submitted_at)
            values (:id, :staff, :period, :commit, :bestCase, :currency, :note, cast(:computed as jsonb), :at)
            """)
        .setParameter("id", id)
        .setParameter("staff", me)
        .setParameter("period", period.label())
        .setParameter("commit", input.commit().amount())
        .setParameter("bestCase", input.bestCase().amount())
        .setParameter("currency", input.commit().currency())
        .setParameter("note", input.note())
        .setParameter("computed", json.write(computed))
        .setParameter("at", Timestamp.from(now))
        .executeUpdate();
    return new SubmissionDto(
        id, me, period.label(), input.commit(), input.bestCase(), input.note(), now, computed);
  }

  /** A director (or an admin) overrides the latest call of someone below them. */
  @Transactional
  public AdjustmentDto adjust(FiscalPeriod period, AdjustmentInput input) {
    if (!caller.mayManage(input.staffId())) {
      throw ProblemException.invalidField(
          "staffId", "you may adjust only the calls of staff below you, never your own");
    }
    checkCall(input.commit(), input.bestCase());
    @SuppressWarnings("unchecked")
    List<UUID> latest =
        em.createNativeQuery(
                """
                select id from forecast_submission where staff_id = :staff and period = :period
                order by submitted_at desc, id desc limit 1
                """,
                UUID.class)
            .setParameter("staff", input.staffId())
            .setParameter("period", period.label())
            .getResultList();
    if (latest.isEmpty()) {
      throw ProblemException.invalidField("staffId", "has submitted no call for " + period.label());
    }
    UUID id = Ids.newId();
    Instant now = Timestamps.now();
    em.createNativeQuery(
            """
            insert into forecast_adjustment (id, submission_id, staff_id, period, commit, best_case, currency,
                                             reason, adjusted_by, adjusted_at)
            values (:id, :submission, :staff, :period, :commit, :bestCase, :currency, :reason, :by, :at)
            """)
        .setParameter("id", id)
        .setParameter("submission", latest.get(0))
        .setParameter("staff", input.staffId())
        .setParameter("period", period.label())
        .setParameter("commit", input.commit().amount())
        .setParameter("bestCase", input.bestCase().amount())
        .setParameter("currency", input.commit().currency())
        .setParameter("reason", input.reason().trim())
        .setParameter("by", caller.staffId())
        .setParameter("at", Timestamp.from(now))
        .executeUpdate();
    return new AdjustmentDto(
        id,
        latest.get(0),
        input.staffId(),
        period.label(),
        input.commit(),
        input.bestCase(),
        input.reason().trim(),
        caller.staffId(),
        now);
  }

  /** A staff member's calls for the period, newest first. */
  public List<SubmissionDto> submissions(FiscalPeriod period, UUID staffId) {
    UUID staff = visible(staffId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select id, commit, best_case, currency, note, cast(computed as text), submitted_at
                from forecast_submission where staff_id = :staff and period = :period
                order by submitted_at desc, id desc
                """)
            .setParameter("staff", staff)
            .setParameter("period", period.label())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new SubmissionDto(
                    (UUID) r[0],
                    staff,
                    period.label(),
                    new Money((BigDecimal) r[1], (String) r[3]),
                    new Money((BigDecimal) r[2], (String) r[3]),
                    (String) r[4],
                    (Instant) r[6],
                    json.read((String) r[5])))
        .toList();
  }

  /** The adjustments of a staff member's calls for the period, newest first. */
  public List<AdjustmentDto> adjustments(FiscalPeriod period, UUID staffId) {
    UUID staff = visible(staffId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select id, submission_id, commit, best_case, currency, reason, adjusted_by, adjusted_at
                from forecast_adjustment where staff_id = :staff and period = :period
                order by adjusted_at desc, id desc
                """)
            .setParameter("staff", staff)
            .setParameter("period", period.label())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new AdjustmentDto(
                    (UUID) r[0],
                    (UUID) r[1],
                    staff,
                    period.label(),
                    new Money((BigDecimal) r[2], (String) r[4]),
                    new Money((BigDecimal) r[3], (String) r[4]),
                    (String) r[5],
                    (UUID) r[6],
                    (Instant) r[7]))
        .toList();
  }

  private UUID visible(UUID staffId) {
    UUID staff = staffId == null ? caller.staffId() : staffId;
    if (!caller.maySee(staff)) {
      throw ProblemException.notFound("Staff member");
    }
    return staff;
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
