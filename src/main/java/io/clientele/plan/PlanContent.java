package io.clientele.plan;

import io.clientele.fx.ExchangeRates;
import io.clientele.web.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a plan's objectives and KPIs may hold, beyond what the input's annotations say: who may own
 * an objective, which KPIs are money and computed, and how many decimals a figure has. One home for
 * these rules; a body that breaks any of them is a 422 naming every bad field, and nothing is
 * written.
 */
@ApplicationScoped
class PlanContent {
  /** Decimals of a number or percentage figure. */
  static final int PLAIN_DECIMALS = 4;

  private final PlanQueries queries;
  private final PlanAccess access;
  private final ExchangeRates rates;

  PlanContent(PlanQueries queries, PlanAccess access, ExchangeRates rates) {
    this.queries = queries;
    this.access = access;
    this.rates = rates;
  }

  /** The content with its defaults filled in, once every rule holds. */
  PlanChanges check(UUID accountId, PlanChanges changes) {
    PlanChanges content = changes.normalized();
    FieldErrors errors = new FieldErrors();
    checkOwners(accountId, content.objectives(), errors);
    List<KpiInput> kpis = content.kpis();
    for (int i = 0; i < kpis.size(); i++) {
      KpiInput k = kpis.get(i);
      String field = "kpis[" + i + "].";
      if (k.kind().computed()) {
        if (k.unit() != KpiUnit.money) {
          errors.add(
              field + "unit",
              "a " + k.kind() + " KPI is an amount in the reporting currency: its unit is money");
        }
        if (k.actual() != null) {
          errors.add(
              field + "actual",
              "is computed from the data for a " + k.kind() + " KPI: leave it out");
        }
      }
      checkFigure(errors, field + "target", k.unit(), k.target());
      if (!k.kind().computed()) {
        checkFigure(errors, field + "actual", k.unit(), k.actual());
      }
    }
    errors.throwIfAny();
    return content;
  }

  private void checkOwners(UUID accountId, List<Objective> objectives, FieldErrors errors) {
    Set<UUID> named =
        objectives.stream()
            .map(Objective::ownerId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Set<UUID> eligible = queries.eligibleOwners(accountId, named, access.visibility());
    for (int i = 0; i < objectives.size(); i++) {
      UUID owner = objectives.get(i).ownerId();
      if (owner != null && !eligible.contains(owner)) {
        errors.add(
            "objectives[" + i + "].ownerId",
            "must be an active staff member you may see, or one on the account (its owner or"
                + " account team)");
      }
    }
  }

  /** A target or actual: at least 0, with no more decimals than its unit has. */
  private void checkFigure(FieldErrors errors, String field, KpiUnit unit, BigDecimal value) {
    if (value == null) {
      return;
    }
    if (value.signum() < 0) {
      errors.add(field, "must not be negative");
      return;
    }
    boolean money = unit == KpiUnit.money;
    int decimals = money ? rates.reportingDecimals() : PLAIN_DECIMALS;
    if (value.stripTrailingZeros().scale() > decimals) {
      errors.add(
          field,
          money
              ? "money KPIs are in "
                  + rates.reportingCurrency()
                  + ", the reporting currency: at most "
                  + decimals
                  + " decimals"
              : "at most " + decimals + " decimals");
    }
  }
}
