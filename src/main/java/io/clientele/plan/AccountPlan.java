package io.clientele.plan;

import static io.clientele.common.Timestamps.now;

import io.clientele.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A plan's own row; its objectives and KPIs are rows of plan_objective and plan_kpi, which {@link
 * PlanQueries} reads and replaces as a whole.
 */
@Entity
@Table(name = "account_plan")
public class AccountPlan extends VersionedEntity {
  @Column(name = "account_id")
  public UUID accountId;

  @Column(name = "fiscal_year")
  public int fiscalYear;

  public String summary;

  /** The {@link PlanStatus} name. */
  public String status;

  @Column(columnDefinition = "jsonb")
  @ColumnTransformer(write = "cast(? as jsonb)")
  public String transitions;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  PlanStatus status() {
    return PlanStatus.valueOf(status);
  }

  void softDelete() {
    deletedAt = now();
  }
}
