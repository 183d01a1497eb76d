package io.clientele.pipeline;

import io.clientele.common.Ids;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Records every change of the tracked fields, in the caller's transaction (so a rolled-back change
 * leaves none), and lists them oldest first.
 */
@ApplicationScoped
public class OpportunityHistory {
  private static final List<SortField<OpportunityChange>> ORDER =
      List.of(new SortField<>("seq", "h.seq", "bigint", h -> h.seq));

  private final EntityManager em;

  public OpportunityHistory(EntityManager em) {
    this.em = em;
  }

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
  void record(
      UUID opportunityId,
      Map<String, String> before,
      Map<String, String> after,
      UUID by,
      Instant at) {
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
            em.persist(change);
          }
        });
  }

  /** Oldest first; expects opportunity_history_opportunity_idx. */
  Page<OpportunityChange> list(UUID opportunityId, PageRequest page) {
    SqlWhere where = new SqlWhere();
    where.and("h.opportunity_id = " + where.param("opportunityId", opportunityId));
    Sort<OpportunityChange> sort = Sort.parse(null, "seq", ORDER, "h.id", h -> h.id);
    return sort.fetch(
        em, "select h.* from opportunity_history h", where, page, OpportunityChange.class);
  }
}
