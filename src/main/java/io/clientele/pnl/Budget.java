package io.clientele.pnl;

import io.clientele.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A budget's header; its figures live in budget_line, spread over its months. */
@Entity
@Table(name = "budget")
public class Budget extends VersionedEntity {
  @Column(name = "account_id")
  public UUID accountId;

  public String period;

  @Column(name = "period_start")
  public LocalDate periodStart;

  @Column(name = "period_end")
  public LocalDate periodEnd;
}
