package io.clientele.pipeline;

import io.clientele.common.ExternalId;
import io.clientele.web.FieldErrors;
import io.clientele.web.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The pipeline's rules for a deal's fields, with no caller and no database: stages come from a
 * lookup, so a batch can check a thousand deals against stages it read once. Who may own a deal and
 * which accounts a caller may use are checked by the callers of these methods.
 */
public final class OpportunityRules {
  private OpportunityRules() {}

  /**
   * The stage `input` names: known, not retired if the deal is entering it; and the amount is not
   * negative. Both are checked, and every failure named at once.
   */
  public static Stage stage(
      OpportunityInput before, OpportunityInput input, Function<String, Optional<Stage>> stages) {
    FieldErrors errors = new FieldErrors();
    Stage stage =
        errors.check(
            () -> {
              Stage named =
                  stages
                      .apply(input.stage())
                      .orElseThrow(() -> ProblemException.invalidField("stage", "no such stage"));
              boolean stageChanged = before == null || !before.stage().equals(named.key);
              if (stageChanged && named.retired) {
                throw ProblemException.invalidField(
                    "stage", "stage '" + named.key + "' is retired");
              }
              return named;
            });
    if (input.amount().amount().signum() < 0) {
      errors.add("amount.amount", "must not be negative");
    }
    errors.throwIfAny();
    return stage;
  }

  /**
   * Writes `input` into `deal` under the rules; `before` is the deal's previous input (null on
   * creation), so a value the caller did not change can follow the new stage.
   */
  public static void apply(
      Opportunity deal,
      OpportunityInput before,
      OpportunityInput input,
      UUID owner,
      Stage stage,
      Function<String, Optional<Stage>> stages,
      Instant now) {
    boolean creating = before == null;
    boolean stageChanged = creating || !before.stage().equals(stage.key);
    FieldErrors errors = new FieldErrors();
    Integer probability = errors.check(() -> probability(stage, before, input, stageChanged));
    ForecastCategory category = errors.check(() -> category(stage, before, input, stageChanged));
    boolean wasClosed = !creating && stages.apply(before.stage()).map(s -> s.closed).orElse(false);
    boolean wasLost = !creating && stages.apply(before.stage()).map(Stage::lost).orElse(false);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    boolean closeDateGiven =
        creating
            ? input.closeDate() != null
            : !Objects.equals(input.closeDate(), before.closeDate());
    LocalDate closedDate = stage.closed ? (wasClosed ? deal.closedDate : today) : null;
    LocalDate closeDate =
        errors.check(
            () -> {
              if (stage.closed && !wasClosed) {
                return closeDateGiven && input.closeDate() != null ? input.closeDate() : today;
              }
              return required(
                  input.closeDate(),
                  "closeDate",
                  stage.closed
                      ? "a closed deal keeps its close date"
                      : "an open deal needs an expected close date");
            });
    String lostReason = errors.check(() -> lostReason(stage, before, input, wasLost));
    errors.check(() -> ExternalId.checkOnePerSource(input.externalIdsOrEmpty()));
    errors.throwIfAny();

    deal.probability = probability;
    deal.forecastCategory = category;
    deal.closedDate = closedDate;
    deal.closeDate = closeDate;
    deal.lostReason = lostReason;

    deal.accountId = input.accountId();
    deal.ownerId = owner;
    deal.name = input.name().trim();
    deal.type = input.type() == null ? OpportunityType.new_business : input.type();
    deal.source = input.source();
    deal.enterStage(stage.key, now);
    deal.amount = input.amount().amount();
    deal.currency = input.amount().currency();
    deal.nextStep = input.nextStep();
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
    // a category the caller did not send follows the new stage (a won deal reopened leaves closed)
    if (wanted == null || (stageChanged && !given)) {
      return stage.forecastCategory;
    }
    if (wanted == ForecastCategory.closed) {
      throw ProblemException.invalidField(
          "forecastCategory", "only won deals are in category closed");
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
