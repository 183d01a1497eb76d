package io.clientele.pipeline;

import io.clientele.web.ETags;
import io.clientele.web.MergePatch;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalLong;

@ApplicationScoped
public class StageService {
  private final MergePatch mergePatch;
  private final StageQueries queries;

  public StageService(MergePatch mergePatch, StageQueries queries) {
    this.mergePatch = mergePatch;
    this.queries = queries;
  }

  public List<Stage> list(boolean includeRetired) {
    return includeRetired
        ? Stage.list("order by position, key")
        : Stage.list("retired = false order by position, key");
  }

  public Stage get(String key) {
    return Stage.byKey(key).orElseThrow(() -> ProblemException.notFound("Stage"));
  }

  @Transactional
  public Stage create(StageInput input) {
    if (Stage.byKey(input.key()).isPresent()) {
      throw ProblemException.conflict("A stage with key '" + input.key() + "' exists");
    }
    Stage stage = new Stage();
    stage.key = input.key();
    stage.closed = Boolean.TRUE.equals(input.closed());
    stage.won = Boolean.TRUE.equals(input.won());
    if (stage.won && !stage.closed) {
      throw ProblemException.invalidField("won", "only a closed stage can be won");
    }
    apply(
        stage,
        new StageChanges(
            input.label(),
            input.position(),
            input.defaultProbability(),
            input.forecastCategory(),
            false));
    stage.persist();
    stage.flush();
    return stage;
  }

  @Transactional
  public Stage update(String key, String patch, OptionalLong expectedVersion) {
    Stage stage = get(key);
    return mergePatch.update(
        stage, expectedVersion, patch, StageChanges.from(stage), StageService::apply);
  }

  /** Only a stage no deal has ever been in may go; the others are retired instead. */
  @Transactional
  public void delete(String key, OptionalLong expectedVersion) {
    Stage stage = get(key);
    ETags.checkIfMatch(expectedVersion, stage.version);
    if (queries.isUsed(key)) {
      throw ProblemException.conflict(
          "Deals are or were in stage '" + key + "': retire it (PATCH retired=true) instead");
    }
    stage.delete();
  }

  /**
   * A closed stage's deals are won (closed, 100 %) or lost (omitted, 0 %); open ones are neither.
   */
  private static void apply(Stage stage, StageChanges changes) {
    ForecastCategory category = changes.forecastCategory();
    if (stage.won && (category != ForecastCategory.closed || changes.defaultProbability() != 100)) {
      throw ProblemException.invalidField(
          "forecastCategory", "a won stage has category closed and probability 100");
    }
    if (stage.lost()
        && (category != ForecastCategory.omitted || changes.defaultProbability() != 0)) {
      throw ProblemException.invalidField(
          "forecastCategory", "a lost stage has category omitted and probability 0");
    }
    if (!stage.closed && category == ForecastCategory.closed) {
      throw ProblemException.invalidField(
          "forecastCategory", "only won stages have category closed");
    }
    stage.label = changes.label().trim();
    stage.position = changes.position();
    stage.defaultProbability = changes.defaultProbability();
    stage.forecastCategory = category;
    stage.retired = changes.retired();
  }
}
