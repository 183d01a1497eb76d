package io.clientele.pipeline;

import io.clientele.account.AccountQueries;
import io.clientele.common.Ids;
import io.clientele.common.Timestamps;
import io.clientele.staff.Caller;
import io.clientele.web.ETags;
import io.clientele.web.FieldErrors;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Opportunities and their rules. Every write records the changes of the tracked fields in the same
 * transaction (see {@link OpportunityHistory}).
 */
@ApplicationScoped
public class OpportunityService {
  private final OpportunityQueries queries;
  private final AccountQueries accounts;
  private final MergePatch mergePatch;
  private final Caller caller;

  public OpportunityService(
      OpportunityQueries queries, AccountQueries accounts, MergePatch mergePatch, Caller caller) {
    this.queries = queries;
    this.accounts = accounts;
    this.mergePatch = mergePatch;
    this.caller = caller;
  }

  public Page<Opportunity> list(OpportunityQueries.Filter filter, PageRequest page, String sort) {
    UUID root = filter.scope() == null ? null : caller.staffId();
    return queries.list(filter, caller.visibility(), root, page, sort);
  }

  public Opportunity get(UUID id) {
    return queries
        .findVisible(id, caller.visibility())
        .orElseThrow(() -> ProblemException.notFound("Opportunity"));
  }

  public Page<OpportunityChange> history(UUID id, PageRequest page) {
    get(id);
    return queries.history(id, page);
  }

  @Transactional
  public Opportunity create(OpportunityInput input) {
    Opportunity deal = new Opportunity();
    deal.id = Ids.newId();
    Instant now = Timestamps.now();
    apply(deal, null, input, now);
    deal.persist();
    deal.flush();
    OpportunityHistory.record(
        deal.id, null, OpportunityHistory.tracked(deal), caller.staffId(), now);
    return deal;
  }

  @Transactional
  public Opportunity update(UUID id, String patch, OptionalLong expectedVersion) {
    Opportunity deal = get(id);
    ETags.checkIfMatch(expectedVersion, deal.version);
    OpportunityInput current = OpportunityInput.from(deal);
    OpportunityInput changed = mergePatch.apply(current, patch, OpportunityInput.class);
    if (changed.equals(current)) {
      return deal;
    }
    Map<String, String> before = OpportunityHistory.tracked(deal);
    Instant now = Timestamps.now();
    apply(deal, current, changed, now);
    deal.flush();
    OpportunityHistory.record(
        deal.id, before, OpportunityHistory.tracked(deal), caller.staffId(), now);
    return deal;
  }

  @Transactional
  public void delete(UUID id, OptionalLong expectedVersion) {
    Opportunity deal = get(id);
    ETags.checkIfMatch(expectedVersion, deal.version);
    deal.softDelete();
    deal.flush();
  }

  /**
   * Applies `input` to `deal` under the pipeline rules (OpportunityRules); `before` is the deal's
   * previous input (null on creation). The checks that need the caller and the database are here.
   */
  private void apply(
      Opportunity deal, OpportunityInput before, OpportunityInput input, Instant now) {
    boolean creating = before == null;
    FieldErrors errors = new FieldErrors();
    Stage stage = errors.check(() -> OpportunityRules.stage(before, input, Stage::byKey));
    UUID owner =
        input.ownerId() == null ? (creating ? caller.staffId() : deal.ownerId) : input.ownerId();
    if ((creating || !owner.equals(deal.ownerId)) && !caller.mayAssignTo(owner)) {
      errors.add("ownerId", "you may not assign deals to this staff member");
    }
    if ((creating || !input.accountId().equals(deal.accountId))
        && accounts.findVisible(input.accountId(), caller.visibility()).isEmpty()) {
      errors.add("accountId", "no such account");
    }
    if (stage != null) {
      errors.check(
          () -> OpportunityRules.apply(deal, before, input, owner, stage, Stage::byKey, now));
    }
    errors.throwIfAny();
  }
}
