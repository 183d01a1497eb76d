package io.clientele.pipeline;

import io.clientele.common.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Records every change of the tracked fields, in the caller's transaction (so a rolled-back change
 * leaves none); OpportunityQueries.history lists them.
 */
public final class OpportunityHistory {
  private OpportunityHistory() {}

  /** The tracked fields of a deal as text, in a fixed order; null for a deal not yet created. */
  public static Map<String, String> tracked(Opportunity o) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("stage", o.stage);
    fields.put("amount", o.money().amount().toPlainString());
    fields.put("currency", o.currency);
    fields.put("closeDate", o.closeDate.toString());
    fields.put("probability", Integer.toString(o.probability));
    fields.put("forecastCategory", o.forecastCategory.name());
    fields.put("ownerId", o.ownerId.toString());
    return fields;
  }

  /** Writes one row per tracked field that differs between `before` (null on creation) and now. */
  static void record(
      UUID opportunityId,
      Map<String, String> before,
      Map<String, String> after,
      UUID by,
      Instant at) {
    changes(opportunityId, before, after, by, at).forEach(change -> change.persist());
  }

  /** The changes of the tracked fields between `before` (null on creation) and `after`. */
  static List<OpportunityChange> changes(
      UUID opportunityId,
      Map<String, String> before,
      Map<String, String> after,
      UUID by,
      Instant at) {
    List<OpportunityChange> changes = new ArrayList<>();
    after.forEach(
        (field, value) -> {
          String previous = before == null ? null : before.get(field);
          if (!Objects.equals(previous, value)) {
            OpportunityChange change = new OpportunityChange();
            change.id = Ids.newId();
            change.opportunityId = opportunityId;
            change.changedAt = at;
            change.changedBy = by;
            change.field = field;
            change.fromValue = previous;
            change.toValue = value;
            changes.add(change);
          }
        });
    return changes;
  }
}
