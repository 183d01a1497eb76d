package io.clientele.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.common.ExternalId;
import io.clientele.web.ProblemException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The results a batch gives the records it wrote, whatever their type (no database needed). */
class BatchesTest {
  record Plan(int index, String externalId, UUID id, Long version, boolean create)
      implements Batches.Plan {
    @Override
    public List<ExternalId> externalIds() {
      return List.of(new ExternalId("crm", externalId));
    }
  }

  final Plan created = new Plan(0, "A", UUID.randomUUID(), null, true);
  final Plan updated = new Plan(1, "B", UUID.randomUUID(), 4L, false);
  final Plan changedMeanwhile = new Plan(2, "C", UUID.randomUUID(), 7L, false);

  @Test
  void aRecordSomeoneElseChangedMeanwhileIsAConflictAndNotWritten() {
    RecordResult[] results = new RecordResult[3];
    List<Plan> written =
        Batches.written(
            List.of(created, updated, changedMeanwhile),
            Set.of(updated.id()),
            results,
            false,
            "contact");
    assertThat(written).containsExactly(created, updated);
    assertThat(results[0].result()).isEqualTo("created");
    assertThat(results[0].version()).isZero();
    assertThat(results[1].result()).isEqualTo("updated");
    assertThat(results[1].version()).isEqualTo(5L);
    assertThat(results[2].result()).isEqualTo("error");
    assertThat(results[2].problem().status()).isEqualTo(409);
    assertThat(results[2].problem().detail()).contains("this contact");
  }

  @Test
  void inAnAtomicBatchItFailsTheWholeBatch() {
    assertThatThrownBy(
            () ->
                Batches.written(
                    List.of(created, changedMeanwhile),
                    Set.of(),
                    new RecordResult[3],
                    true,
                    "opportunity"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("Someone else changed this opportunity");
  }
}
