package io.clientele.pipeline;

import io.clientele.account.AccountQueries;
import io.clientele.common.ExternalId;
import io.clientele.common.Timestamps;
import io.clientele.staff.Caller;
import io.clientele.web.ETags;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Opportunities and their rules. Every write records the changes of the tracked fields in the same
 * transaction (see {@link OpportunityHistory}).
 */
@ApplicationScoped
public class OpportunityService {
  private final OpportunityQueries queries;
  private final AccountQueries accounts;
  private final OpportunityHistory history;
  private final MergePatch mergePatch;
  private final Caller caller;

  public OpportunityService(
      OpportunityQueries queries,
      AccountQueries accounts,
      OpportunityHistory history,
      MergePatch mergePatch,
      Caller caller) {
    this.queries = queries;
    this.accounts = accounts;
    this.history = history;
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
    return history.list(id, page);
  }

  @Transactional
  public Opportunity create(OpportunityInput input) {
    Opportunity deal = new Opportunity();
    deal.id = UUID.randomUUID();
    Instant now = Timestamps.now();
    apply(deal, null, input, now);
    deal.persist();
    deal.flush();
    history.record(deal.id, null, OpportunityHistory.tracked(deal), caller.staffId(), now);
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
    history.record(deal.id, before, OpportunityHistory.tracked(deal), caller.staffId(), now);
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
   * Applies `input` to `deal` under the pipeline rules; `before` is the deal's previous input (null
   * on creation), so a value the caller did not change can follow the new stage.
   */
  private void apply(
      Opportunity deal, OpportunityInput before, OpportunityInput input, Instant now) {
    boolean creating = before == null;
    Stage stage =
        Stage.byKey(input.stage())
            .orElseThrow(() -> ProblemException.invalidField("stage", "no such stage"));
    boolean stageChanged = creating || !before.stage().equals(stage.key);
    if (stageChanged && stage.retired) {
      throw ProblemException.invalidField("stage", "stage '" + stage.key + "' is retired");
    }
    if (input.amount().amount().signum() < 0) {
      throw ProblemException.invalidField("amount.amount", "must not be negative");
    }
    UUID owner =
        input.ownerId() == null ? (creating ? caller.staffId() : deal.ownerId) : input.ownerId();
    if ((creating || !owner.equals(deal.ownerId)) && !caller.mayAssignTo(owner)) {
      throw ProblemException.invalidField(
          "ownerId", "you may not assign deals to this staff member");
    }
    if ((creating || !input.accountId().equals(deal.accountId))
        && accounts.findVisible(input.accountId(), caller.visibility()).isEmpty()) {
      throw ProblemException.invalidField("accountId", "no such account");
    }

    deal.probability = probability(stage, before, input, stageChanged);
    deal.forecastCategory = category(stage, before, input, stageChanged);
    boolean wasClosed = !creating && Stage.byKey(before.stage()).map(s -> s.closed).orElse(false);
    boolean wasLost = !creating && Stage.byKey(before.stage()).map(Stage::lost).orElse(false);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    boolean closeDateGiven =
        creating
            ? input.closeDate() != null
            : !Objects.equals(input.closeDate(), before.closeDate());
    if (stage.closed) {
      if (!wasClosed) {
        deal.closedDate = today;
        deal.closeDate = closeDateGiven && input.closeDate() != null ? input.closeDate() : today;
      } else {
        deal.closeDate =
            required(input.closeDate(), "closeDate", "a closed deal keeps its close date");
      }
    } else {
      deal.closedDate = null;
      deal.closeDate =
          required(input.closeDate(), "closeDate", "an open deal needs an expected close date");
    }
    deal.lostReason = lostReason(stage, before, input, wasLost);

    deal.accountId = input.accountId();
    deal.ownerId = owner;
    deal.name = input.name().trim();
    deal.type = input.type() == null ? OpportunityType.new_business : input.type();
    deal.source = input.source();
    deal.enterStage(stage.key, now);
    deal.amount = input.amount().amount();
    deal.currency = input.amount().currency();
    deal.nextStep = input.nextStep();
    Set<String> sources = new HashSet<>();
    for (ExternalId externalId : input.externalIdsOrEmpty()) {
      if (!sources.add(externalId.source())) {
        throw ProblemException.invalidField(
            "externalIds",
            "at most one external id per source ('" + externalId.source() + "' repeats)");
      }
    }
    if (!deal.externalIds.equals(input.externalIdsOrEmpty())) {
      deal.externalIds.clear();
      deal.externalIds.addAll(input.externalIdsOrEmpty());
    }
  }

  /** Won: 100, lost: 0; open: as given, else (or when the stage moved without it) the stage's. */
  private static int probability(
      Stage stage, OpportunityInput before, OpportunityInput input, boolean stageChanged) {
    boolean given =
        before == null
            ? input.probability() != null
            : !Objects.equals(input.probability(), before.probability());
    if (stage.closed) {
      if (given && input.probability() != null && input.probability() != stage.defaultProbability) {
        throw ProblemException.invalidField(
            "probability",
            (stage.won ? "a won deal has probability 100" : "a lost deal has probability 0"));
      }
      return stage.defaultProbability;
    }
    if (input.probability() == null || (stageChanged && !given)) {
      return stage.defaultProbability;
    }
    return input.probability();
  }

  private static ForecastCategory category(
      Stage stage, OpportunityInput before, OpportunityInput input, boolean stageChanged) {
    ForecastCategory wanted = input.forecastCategory();
    boolean given = before == null ? wanted != null : wanted != before.forecastCategory();
    if (stage.closed) {
      if (given && wanted != null && wanted != stage.forecastCategory) {
        throw ProblemException.invalidField(
            "forecastCategory",
            stage.won ? "a won deal is in category closed" : "a lost deal is in category omitted");
      }
      return stage.forecastCategory;
    }
    if (wanted == ForecastCategory.closed) {
      throw ProblemException.invalidField(
          "forecastCategory", "only won deals are in category closed");
    }
    if (wanted == null || (stageChanged && !given)) {
      return stage.forecastCategory;
    }
    return wanted;
  }

  /** Required in a lost stage; dropped on leaving one; refused anywhere else. */
  private static String lostReason(
      Stage stage, OpportunityInput before, OpportunityInput input, boolean wasLost) {
    String reason =
        input.lostReason() == null || input.lostReason().isBlank()
            ? null
            : input.lostReason().trim();
    if (stage.lost()) {
      return required(reason, "lostReason", "a lost deal needs a lost reason");
    }
    boolean carriedOver = wasLost && Objects.equals(input.lostReason(), before.lostReason());
    if (reason != null && !carriedOver) {
      throw ProblemException.invalidField("lostReason", "only a lost deal has a lost reason");
    }
    return null;
  }

  private static <T> T required(T value, String field, String message) {
    if (value == null) {
      throw ProblemException.invalidField(field, message);
    }
    return value;
  }
}
