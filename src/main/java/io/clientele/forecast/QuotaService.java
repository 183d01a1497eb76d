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
import jakarta.enterprise.context.ApplicationScoped;
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
  private final QuotaQueries queries;
  private final FiscalCalendar calendar;
  private final MergePatch mergePatch;
  private final Caller caller;

  public QuotaService(
      QuotaQueries queries, FiscalCalendar calendar, MergePatch mergePatch, Caller caller) {
    this.queries = queries;
    this.calendar = calendar;
    this.mergePatch = mergePatch;
    this.caller = caller;
  }

  /** What a quota's PATCH may change. */
  public record QuotaChanges(@NotNull @Valid Money amount) {}

  /** Quotas of the staff the caller may see whose period lies within `period` (if given). */
  public Page<Quota> list(FiscalPeriod period, UUID staffId, PageRequest page, String sortParam) {
    return queries.list(caller.visibility(), period, staffId, page, sortParam);
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
    queries.setTeam(period, input.quotas(), Timestamp.from(Timestamps.now()));
    return Quota.list(
        "period = ?1 and staffId in ?2 order by staffId", period.label(), List.copyOf(seen));
  }

  @Transactional
  public Quota update(UUID id, String patch, OptionalLong expectedVersion) {
    Quota quota = get(id);
    checkReach(quota.staffId, "staffId");
    return mergePatch.update(
        quota, expectedVersion, patch, new QuotaChanges(quota.money()), QuotaService::apply);
  }

  private static void apply(Quota quota, QuotaChanges changes) {
    checkAmount(changes.amount(), "amount.amount");
    quota.amount = changes.amount().amount();
    quota.currency = changes.amount().currency();
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
