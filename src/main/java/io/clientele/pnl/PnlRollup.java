package io.clientele.pnl;

import io.clientele.common.FiscalCalendar;
import io.clientele.fx.ExchangeRates;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Tells the database which currency the yearly P&L rollup (pnl_year) is converted into and which
 * month fiscal years start in. The database keeps the rollup in step with every write by itself;
 * when either setting changes (or on the first start) the whole rollup is rebuilt here, once.
 */
@ApplicationScoped
public class PnlRollup {
  private final EntityManager em;
  private final ExchangeRates rates;
  private final FiscalCalendar calendar;

  public PnlRollup(EntityManager em, ExchangeRates rates, FiscalCalendar calendar) {
    this.em = em;
    this.rates = rates;
    this.calendar = calendar;
  }

  void onStart(@Observes StartupEvent event) {
    QuarkusTransaction.requiringNew().run(this::writeSettings);
  }

  private void writeSettings() {
    boolean changed =
        !em.createNativeQuery(
                """
                insert into pnl_settings (id, reporting, decimals, year_start_month)
                values (true, :reporting, :decimals, :start)
                on conflict (id) do update
                  set reporting = excluded.reporting, decimals = excluded.decimals,
                      year_start_month = excluded.year_start_month
                where (pnl_settings.reporting, pnl_settings.decimals, pnl_settings.year_start_month)
                      is distinct from (excluded.reporting, excluded.decimals, excluded.year_start_month)
                returning id
                """)
            .setParameter("reporting", rates.reportingCurrency())
            .setParameter("decimals", (short) rates.reportingDecimals())
            .setParameter("start", (short) calendar.yearStartMonth())
            .getResultList()
            .isEmpty();
    if (changed) {
      Log.infof(
          "Rebuilding the yearly P&L rollup in %s, fiscal years from month %d",
          rates.reportingCurrency(), calendar.yearStartMonth());
      em.createNativeQuery("select cast(pnl_year_refresh(null, null) as text)").getSingleResult();
    }
  }
}
