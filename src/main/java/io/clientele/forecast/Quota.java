package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import io.clientele.common.Money;
import io.clientele.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "quota")
public class Quota extends VersionedEntity {
  @Column(name = "staff_id")
  public UUID staffId;

  /** The fiscal period label, e.g. 2026-Q4. */
  public String period;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind")
  public FiscalPeriod.Kind periodKind;

  @Column(name = "period_start")
  public LocalDate periodStart;

  @Column(name = "period_end")
  public LocalDate periodEnd;

  public BigDecimal amount;
  public String currency;

  public Money money() {
    return new Money(amount, currency);
  }

  void setPeriod(FiscalPeriod fiscal) {
    period = fiscal.label();
    periodKind = fiscal.kind();
    periodStart = fiscal.start();
    periodEnd = fiscal.end();
  }
}
