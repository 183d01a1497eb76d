package io.clientele.pnl;

import io.clientele.common.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A posted revenue or cost entry. Append-only (the database refuses updates and deletes): a
 * correction is a new entry reversing this one.
 */
@Entity
@Table(name = "pnl_entry")
public class PnlEntry extends PanacheEntityBase {
  /** The category column's value for revenue; costs carry their {@link CostCategory}. */
  static final String REVENUE = "revenue";

  @Id public UUID id;

  @Column(name = "account_id")
  public UUID accountId;

  public String category;

  @Column(name = "entry_date")
  public LocalDate date;

  public BigDecimal amount;
  public String currency;
  public String description;
  public String reference;

  @Column(name = "reverses_id")
  public UUID reversesId;

  @Column(name = "posted_by")
  public UUID postedBy;

  @Column(name = "created_at")
  public Instant createdAt;

  public Money money() {
    return new Money(amount, currency);
  }

  boolean isRevenue() {
    return REVENUE.equals(category);
  }
}
