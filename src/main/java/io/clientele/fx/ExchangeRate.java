package io.clientele.fx;

import io.clientele.common.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 1 unit of `currency` is worth `rate` units of the reporting currency during `month`. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends VersionedEntity {
  public String currency;

  /** First day of the calendar month the rate applies to. */
  public LocalDate month;

  public BigDecimal rate;
}
