package io.clientele.forecast;

import io.clientele.common.FiscalCalendar;
import io.clientele.common.FiscalPeriod;
import io.clientele.common.Money;
import io.clientele.common.Timestamps;
import io.clientele.staff.Caller;
import io.clientele.web.ETags;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Quotas: directors set them for everyone below them, admins for anyone; everyone in reach reads.
 */
@ApplicationScoped
public class QuotaService {
  private static final List<SortField<Quota>> SORTABLE =
      List.of(new SortField<>("start", "q.period_start", "date", q -> q.periodStart));

  private final FiscalCalendar calendar;
  private final MergePatch mergePatch;
  private final Caller caller;
  private final EntityManager em;

  public QuotaService(
      FiscalCalendar calendar, MergePatch mergePatch, Caller caller, EntityManager em) {
    this.calendar = calendar;
    this.mergePatch = mergePatch;
    this.caller = caller;
    this.em = em;
  }

  /** What a quota's PATCH may change. */
  public record QuotaChanges(@NotNull @Valid Money amount) {}

  /**
   * Quotas of the staff the caller may see whose period lies within `period` (a year shows its own
   * quota and its halves' and quarters'). Expects quota_staff_start_idx.
   */
  public Page<Quota> list(FiscalPeriod period, UUID staffId, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere();
    caller.visibility().staff(where, "q.staff_id");
    if (staffId != null) {
      where.and("q.staff_id = " + where.param("staffId", staffId));
    }
    if (period != null) {
      where.and("q.period_start >= " + where.param("start", period.start()));
      where.and("q.period_end <= " + where.param("end", period.end()));
    }
    Sort<Quota> sort = Sort.parse(sortParam, "start", SORTABLE, "q.id", q -> q.id);
    return sort.fetch(em, "select q.* from quota q", where, page, Quota.class);
  }

  public Quota get(UUID id) {
    Quota quota = Quota.findById(id);
    if (quota == null || !caller.maySee(quota.staffId)) {
      throw ProblemException.notFound("Quota");
    }
    return quota;
  }

  @Transactional
  public Quota create(QuotaInput input) {
    FiscalPeriod period = quotaPeriod(input.period());
    checkReach(input.staffId(), "staffId");
    checkAmount(input.amount(), "amount.amount");
    if (Quota.count("staffId = ?1 and period = ?2", input.staffId(), period.label()) > 0) {
      throw ProblemException.conflict(
          "This staff member has a quota for "
              + period.label()
              + ": PATCH it, or PUT the team's quotas");
    }
    Quota quota = new Quota();
    quota.staffId = input.staffId();
    quota.setPeriod(period);
    quota.amount = input.amount().amount();
    quota.currency = input.amount().currency();
    quota.persist();
    quota.flush();
    return quota;
  }

  /**
   * Sets the quotas of several staff for one period in one statement (a multi-row upsert): all or
   * nothing. A quota whose amount does not change keeps its version.
   */
  @Transactional
  public List<Quota> setTeam(String periodLabel, TeamQuotasInput input) {
    FiscalPeriod period = quotaPeriod(periodLabel);
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < input.quotas().size(); i++) {
      TeamQuotasInput.Entry entry = input.quotas().get(i);
      if (!seen.add(entry.staffId())) {
        throw ProblemException.invalidField("quotas[" + i + "].staffId", "appears twice");
      }
      checkReach(entry.staffId(), "quotas[" + i + "].staffId");
      checkAmount(entry.amount(), "quotas[" + i + "].amount.amount");
    }
    Timestamp now = Timestamp.from(Timestamps.now());
    em.createNativeQuery(
            """
            insert into quota (id, staff_id, period, period_kind, period_start, period_end, amount,
                               currency, version, created_at, updated_at)
            select uuid_v7(), e.staff_id, :period, :kind, :start, :end, e.amount, e.currency, 0, :now, :now
            from unnest(cast(:staff as uuid[]), cast(:amounts as numeric[]), cast(:currencies as text[]))
                 as e(staff_id, amount, currency)
            on conflict (staff_id, period) do update
              set amount = excluded.amount, currency = excluded.currency,
                  version = quota.version + 1, updated_at = excluded.updated_at
              where quota.amount <> excluded.amount or quota.currency <> excluded.currency
            """)
        .setParameter("period", period.label())
        .setParameter("kind", period.kind().name())
        .setParameter("start", period.start())
        .setParameter("end", period.end())
        .setParameter("now", now)
        .setParameter(
            "staff",
            input.quotas().stream().map(TeamQuotasInput.Entry::staffId).toArray(UUID[]::new))
        .setParameter(
            "amounts",
            input.quotas().stream()
                .map(e -> e.amount().amount())
                .toArray(java.math.BigDecimal[]::new))
        .setParameter(
            "currencies",
            input.quotas().stream().map(e -> e.amount().currency()).toArray(String[]::new))
        .executeUpdate();
    em.clear();
    return Quota.list(
        "period = ?1 and staffId in ?2 order by staffId", period.label(), List.copyOf(seen));
  }

  @Transactional
  public Quota update(UUID id, String patch, OptionalLong expectedVersion) {
    Quota quota = get(id);
    checkReach(quota.staffId, "staffId");
    ETags.checkIfMatch(expectedVersion, quota.version);
    QuotaChanges current = new QuotaChanges(quota.money());
    QuotaChanges changed = mergePatch.apply(current, patch, QuotaChanges.class);
    if (!changed.equals(current)) {
      checkAmount(changed.amount(), "amount.amount");
      quota.amount = changed.amount().amount();
      quota.currency = changed.amount().currency();
      quota.flush();
    }
    return quota;
  }

  @Transactional
  public void delete(UUID id, OptionalLong expectedVersion) {
    Quota quota = get(id);
    checkReach(quota.staffId, "staffId");
    ETags.checkIfMatch(expectedVersion, quota.version);
    quota.delete();
  }

  private FiscalPeriod quotaPeriod(String label) {
    FiscalPeriod period = calendar.periodField("period", label);
    if (period.kind() == FiscalPeriod.Kind.MONTH) {
      throw ProblemException.invalidField("period", "quotas are set per quarter, half or year");
    }
    return period;
  }

  private void checkReach(UUID staffId, String field) {
    if (!caller.mayManage(staffId)) {
      throw ProblemException.invalidField(
          field, "you may set quotas only for staff below you (admins: for anyone)");
    }
  }

  private static void checkAmount(Money amount, String field) {
    if (amount.amount().signum() < 0) {
      throw ProblemException.invalidField(field, "must not be negative");
    }
  }
}
