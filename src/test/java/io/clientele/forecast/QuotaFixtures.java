package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import io.clientele.support.Sql;
import io.clientele.support.TestStaff;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Quotas written as they stand: `QuotaFixtures.aQuota().of(max).period("2026-Q1")
 * .amount("150000.00", "USD").create()`. The period's kind and days follow the configured fiscal
 * year, as the quota API would set them.
 */
public final class QuotaFixtures {
  private QuotaFixtures() {}

  public static QuotaRow aQuota() {
    return new QuotaRow();
  }

  public static final class QuotaRow {
    private UUID staff;
    private String period;
    private BigDecimal amount = new BigDecimal("100000.00");
    private String currency = "USD";

    private QuotaRow() {}

    public QuotaRow of(TestStaff staff) {
      this.staff = staff.id();
      return this;
    }

    public QuotaRow period(String period) {
      this.period = period;
      return this;
    }

    public QuotaRow amount(String amount, String currency) {
      this.amount = new BigDecimal(amount);
      this.currency = currency;
      return this;
    }

    public UUID create() {
      int yearStart =
          ConfigProvider.getConfig()
              .getOptionalValue("clientele.fiscal.year-start-month", Integer.class)
              .orElse(1);
      FiscalPeriod fiscal = FiscalPeriod.parse(period, yearStart);
      UUID id = UUID.randomUUID();
      Sql.run(
          """
          insert into quota (id, staff_id, period, period_kind, period_start, period_end, amount,
                             currency, created_at, updated_at)
          values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now(), now())
          """,
          id,
          staff,
          fiscal.label(),
          fiscal.kind().name(),
          fiscal.start(),
          fiscal.end(),
          amount,
          currency);
      return id;
    }
  }
}
