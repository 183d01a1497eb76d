package io.clientele.sync;

import io.clientele.common.ExternalId;
import io.clientele.web.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What a batch will do with one record that checked well: create it, update it from the version it
 * was read at, or leave it as it is. `row` is the record's row as its type's INSERT or UPDATE reads
 * it (one element of jsonb_to_recordset).
 */
public record Plan(UUID id, Long version, List<ExternalId> externalIds, Map<String, Object> row) {

  public static Plan create(UUID id, List<ExternalId> externalIds, Map<String, Object> row) {
    return new Plan(id, null, List.copyOf(externalIds), row);
  }

  public static Plan update(
      UUID id, long version, List<ExternalId> externalIds, Map<String, Object> row) {
    return new Plan(id, version, List.copyOf(externalIds), row);
  }

  /** Nothing differs: no new version, nothing in the change feed. */
  public static Plan unchanged(UUID id, long version) {
    return new Plan(id, version, null, null);
  }

  boolean create() {
    return version == null;
  }

  boolean unchanged() {
    return row == null;
  }

  /**
   * The external ids a record ends up with: those it names (or, when it names none, those it has),
   * always with the batch's own; naming another id for the batch's source is a 422.
   */
  public static List<ExternalId> externalIds(
      ExternalId own, List<ExternalId> named, List<ExternalId> current) {
    List<ExternalId> ids = new ArrayList<>(named == null ? current : named);
    for (ExternalId other : ids) {
      if (other.source().equals(own.source()) && !other.equals(own)) {
        throw ProblemException.invalidField(
            "externalIds", "names another id for source '" + own.source() + "' than the record's");
      }
    }
    if (!ids.contains(own)) {
      ids.add(own);
    }
    return ids;
  }

  /**
   * A record found by its external id may be written when the caller may see it (else 404, as for a
   * missing one) and it is not deleted (else 409).
   */
  public static void checkWritable(String noun, UUID id, boolean visible, Instant deletedAt) {
    if (!visible) {
      throw ProblemException.notFound(noun);
    }
    if (deletedAt != null) {
      throw ProblemException.conflict(
          "The "
              + noun.toLowerCase(Locale.ROOT)
              + " with this external id ("
              + id
              + ") has been deleted");
    }
  }
}
