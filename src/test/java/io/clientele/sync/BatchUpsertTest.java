package io.clientele.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.common.ExternalId;
import io.clientele.web.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The results a batch gives the records it wrote, whatever their type (no database needed). */
class BatchUpsertTest {
  static BatchUpsert.Planned plan(int index, String externalId, Long version) {
    List<ExternalId> ids = List.of(new ExternalId("crm", externalId));
    UUID id = UUID.randomUUID();
    return new BatchUpsert.Planned(
        index,
        externalId,
        version == null
            ? Plan.create(id, ids, Map.of("id", id))
            : Plan.update(id, version, ids, Map.of("id", id)));
  }

  final BatchUpsert.Planned created = plan(0, "A", null);
  final BatchUpsert.Planned updated = plan(1, "B", 4L);
  final BatchUpsert.Planned changedMeanwhile = plan(2, "C", 7L);

  @Test
  void aRecordSomeoneElseChangedMeanwhileIsAConflictAndNotWritten() {
    RecordResult[] results = new RecordResult[3];
    List<BatchUpsert.Planned> written =
        BatchUpsert.written(
            List.of(created, updated, changedMeanwhile),
            Set.of(updated.plan().id()),
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
                BatchUpsert.written(
                    List.of(created, changedMeanwhile),
                    Set.of(),
                    new RecordResult[3],
                    true,
                    "opportunity"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("Someone else changed this opportunity");
  }
}
