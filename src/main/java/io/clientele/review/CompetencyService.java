package io.clientele.review;

import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalLong;

/** The competencies reviews rate. They are retired, never deleted: old ratings name them. */
@ApplicationScoped
public class CompetencyService {
  private final MergePatch mergePatch;

  public CompetencyService(MergePatch mergePatch) {
    this.mergePatch = mergePatch;
  }

  /** In form order; retired ones too unless `includeRetired` is false. Few: one page holds all. */
  public Page<CompetencyDto> list(Boolean includeRetired) {
    List<Competency> competencies =
        Boolean.FALSE.equals(includeRetired)
            ? Competency.list("retired = false order by position, key")
            : Competency.list("order by position, key");
    return new Page<>(competencies.stream().map(CompetencyDto::from).toList(), null);
  }

  public Competency get(String key) {
    return Competency.byKey(key).orElseThrow(() -> ProblemException.notFound("Competency"));
  }

  @Transactional
  public Competency create(CompetencyInput input) {
    if (Competency.byKey(input.key()).isPresent()) {
      throw ProblemException.conflict("A competency with key '" + input.key() + "' exists");
    }
    Competency competency = new Competency();
    competency.key = input.key();
    competency.label = input.label().trim();
    competency.position = input.position();
    competency.persist();
    competency.flush();
    return competency;
  }

  @Transactional
  public Competency update(String key, String patch, OptionalLong expectedVersion) {
    Competency competency = get(key);
    return mergePatch.update(
        competency, expectedVersion, patch, CompetencyChanges.from(competency), this::apply);
  }

  private void apply(Competency competency, CompetencyChanges changes) {
    competency.label = changes.label().trim();
    competency.position = changes.position();
    competency.retired = changes.retired();
  }
}
