package io.clientele.pipeline;

import io.clientele.staff.Visibility;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ApplicationScoped
public class OpportunityQueries {
  static final List<SortField<Opportunity>> SORTABLE =
      List.of(
          new SortField<>("closeDate", "o.close_date", "date", o -> o.closeDate),
          new SortField<>("amount", "o.amount", "numeric", o -> o.amount.toPlainString()),
          new SortField<>("updatedAt", "o.updated_at", "timestamptz", o -> o.updatedAt),
          new SortField<>("createdAt", "o.created_at", "timestamptz", o -> o.createdAt),
          new SortField<>("name", "o.name", "text", o -> o.name),
          new SortField<>("stage", "ps.position", "int", OpportunityQueries::stagePosition));

  private static final List<SortField<OpportunityChange>> HISTORY_ORDER =
      List.of(new SortField<>("seq", "h.seq", "bigint", h -> h.seq));

  /** own: the caller's deals; team: the deals of everyone at or below the caller. */
  @Schema(name = "PipelineScope")
  public enum Scope {
    own,
    team
  }

  public record Filter(
      UUID accountId,
      UUID ownerId,
      Scope scope,
      List<String> stages,
      List<ForecastCategory> forecastCategories,
      OpportunityType type,
      LeadSource source,
      LocalDate closeDateFrom,
      LocalDate closeDateTo,
      BigDecimal amountMin,
      BigDecimal amountMax,
      Instant updatedSince,
      String q) {}

  private final EntityManager em;

  public OpportunityQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * The live deals the caller may see, filtered. Owner-led filters use
   * opportunity_owner_stage_close_idx / opportunity_owner_close_idx; the others a (field, id) index
   * per sort field.
   */
  public Page<Opportunity> list(
      Filter filter, Visibility visibility, UUID caller, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere().and("o.deleted_at is null");
    visibility.account(where, "o.owner_id", "o.account_id");
    if (filter.scope() == Scope.own) {
      where.and("o.owner_id = " + where.param("scopeRoot", caller));
    } else if (filter.scope() == Scope.team) {
      where.and(
          "o.owner_id in (select id from staff_subtree(" + where.param("scopeRoot", caller) + "))");
    }
    if (filter.accountId() != null) {
      where.and("o.account_id = " + where.param("accountId", filter.accountId()));
    }
    if (filter.ownerId() != null) {
      where.and("o.owner_id = " + where.param("ownerId", filter.ownerId()));
    }
    if (!filter.stages().isEmpty()) {
      where.and("o.stage in (" + where.param("stages", filter.stages()) + ")");
    }
    if (!filter.forecastCategories().isEmpty()) {
      where.and(
          "o.forecast_category in ("
              + where.param(
                  "categories", filter.forecastCategories().stream().map(Enum::name).toList())
              + ")");
    }
    if (filter.type() != null) {
      where.and("o.type = " + where.param("type", filter.type().name()));
    }
    if (filter.source() != null) {
      where.and("o.source = " + where.param("source", filter.source().name()));
    }
    if (filter.closeDateFrom() != null) {
      where.and("o.close_date >= " + where.param("closeDateFrom", filter.closeDateFrom()));
    }
    if (filter.closeDateTo() != null) {
      where.and("o.close_date <= " + where.param("closeDateTo", filter.closeDateTo()));
    }
    if (filter.amountMin() != null) {
      where.and("o.amount >= " + where.param("amountMin", filter.amountMin()));
    }
    if (filter.amountMax() != null) {
      where.and("o.amount <= " + where.param("amountMax", filter.amountMax()));
    }
    if (filter.updatedSince() != null) {
      where.and("o.updated_at >= " + where.param("updatedSince", filter.updatedSince()));
    }
    if (filter.q() != null) {
      where.and(
          "lower(o.name) like " + where.param("q", SqlWhere.containing(filter.q().toLowerCase())));
    }
    Sort<Opportunity> sort = Sort.parse(sortParam, "closeDate", SORTABLE, "o.id", o -> o.id);
    return sort.fetch(
        em,
        "select o.* from opportunity o join pipeline_stage ps on ps.key = o.stage",
        where,
        page,
        Opportunity.class);
  }

  public Optional<Opportunity> findVisible(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("o.deleted_at is null");
    where.and("o.id = " + where.param("id", id));
    visibility.account(where, "o.owner_id", "o.account_id");
    @SuppressWarnings("unchecked")
    List<Opportunity> rows =
        where
            .bind(
                em.createNativeQuery(
                    "select o.* from opportunity o where " + where.sql(), Opportunity.class))
            .getResultList();
    return rows.stream().findFirst();
  }

  /** A deal's changes, oldest first; expects opportunity_history_opportunity_idx. */
  Page<OpportunityChange> history(UUID opportunityId, PageRequest page) {
    SqlWhere where = new SqlWhere();
    where.and("h.opportunity_id = " + where.param("opportunityId", opportunityId));
    Sort<OpportunityChange> sort = Sort.parse(null, "seq", HISTORY_ORDER, "h.id", h -> h.id);
    return sort.fetch(
        em, "select h.* from opportunity_history h", where, page, OpportunityChange.class);
  }

  private static Object stagePosition(Opportunity o) {
    return Stage.byKey(o.stage).map(s -> s.position).orElse(0);
  }
}
