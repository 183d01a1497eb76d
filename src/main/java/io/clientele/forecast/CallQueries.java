package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import io.clientele.common.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The calls' SQL: submissions and adjustments are appended, never changed, and read newest first.
 * The figures a submission stores are the forecast row as served ({@link RowJson}).
 */
@ApplicationScoped
class CallQueries {
  private final EntityManager em;
  private final RowJson json;

  CallQueries(EntityManager em, RowJson json) {
    this.em = em;
    this.json = json;
  }

  /** Appends a submission. */
  void insert(SubmissionDto s) {
    em.createNativeQuery(
            """
            insert into forecast_submission
              (id, staff_id, period, commit, best_case, currency, note, computed, submitted_at)
            values
              (:id, :staff, :period, :commit, :bestCase, :currency, :note, cast(:computed as jsonb), :at)
            """)
        .setParameter("id", s.id())
        .setParameter("staff", s.staffId())
        .setParameter("period", s.period())
        .setParameter("commit", s.commit().amount())
        .setParameter("bestCase", s.bestCase().amount())
        .setParameter("currency", s.commit().currency())
        .setParameter("note", s.note())
        .setParameter("computed", json.write(s.computed()))
        .setParameter("at", Timestamp.from(s.submittedAt()))
        .executeUpdate();
  }

  /** The id of a staff member's latest submission for the period; forecast_submission_staff_idx. */
  @SuppressWarnings("unchecked")
  Optional<UUID> latestSubmission(UUID staff, FiscalPeriod period) {
    List<UUID> latest =
        em.createNativeQuery(
                """
                select id from forecast_submission where staff_id = :staff and period = :period
                order by submitted_at desc, id desc limit 1
                """,
                UUID.class)
            .setParameter("staff", staff)
            .setParameter("period", period.label())
            .getResultList();
    return latest.stream().findFirst();
  }

  /** Appends an adjustment. */
  void insert(AdjustmentDto a) {
    em.createNativeQuery(
            """
            insert into forecast_adjustment (id, submission_id, staff_id, period, commit, best_case,
                                             currency, reason, adjusted_by, adjusted_at)
            values (:id, :submission, :staff, :period, :commit, :bestCase, :currency, :reason, :by, :at)
            """)
        .setParameter("id", a.id())
        .setParameter("submission", a.submissionId())
        .setParameter("staff", a.staffId())
        .setParameter("period", a.period())
        .setParameter("commit", a.commit().amount())
        .setParameter("bestCase", a.bestCase().amount())
        .setParameter("currency", a.commit().currency())
        .setParameter("reason", a.reason())
        .setParameter("by", a.adjustedBy())
        .setParameter("at", Timestamp.from(a.adjustedAt()))
        .executeUpdate();
  }

  /** A staff member's calls for the period, newest first; forecast_submission_staff_idx. */
  List<SubmissionDto> submissions(UUID staff, FiscalPeriod period) {
    return history(
            """
            select id, commit, best_case, currency, note, cast(computed as text), submitted_at
            from forecast_submission where staff_id = :staff and period = :period
            order by submitted_at desc, id desc
            """,
            staff,
            period)
        .stream()
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

  /**
   * The adjustments of a staff member's calls for the period, newest first;
   * forecast_adjustment_staff_idx.
   */
  List<AdjustmentDto> adjustments(UUID staff, FiscalPeriod period) {
    return history(
            """
            select id, submission_id, commit, best_case, currency, reason, adjusted_by, adjusted_at
            from forecast_adjustment where staff_id = :staff and period = :period
            order by adjusted_at desc, id desc
            """,
            staff,
            period)
        .stream()
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

  /** The rows of a query over one staff member's calls (or adjustments) of one period. */
  @SuppressWarnings("unchecked")
  private List<Object[]> history(String sql, UUID staff, FiscalPeriod period) {
    return em.createNativeQuery(sql)
        .setParameter("staff", staff)
        .setParameter("period", period.label())
        .getResultList();
  }
}
