package io.clientele.pnl;

import io.clientele.fx.ExchangeRates;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Tells the database which currency the yearly P&L rollup (pnl_year) is converted into. The
 * database keeps the rollup in step with every write by itself; when the reporting currency or its
 * decimals change (or on the first start) the whole rollup is rebuilt here, once.
 */
@ApplicationScoped
public class PnlRollup {
  private final EntityManager em;
  private final ExchangeRates rates;

  public PnlRollup(EntityManager em, ExchangeRates rates) {
    this.em = em;
    this.rates = rates;
  }

  void onStart(@Observes StartupEvent event) {
    QuarkusTransaction.requiringNew().run(this::writeSettings);
  }

  private void writeSettings() {
    boolean changed =
        !em.createNativeQuery(
                """
                insert into pnl_settings (id, reporting, decimals) values (true, :reporting, :decimals)
                on conflict (id) do update set reporting = excluded.reporting, decimals = excluded.decimals
                where (pnl_settings.reporting, pnl_settings.decimals)
                      is distinct from (excluded.reporting, excluded.decimals)
                returning id
                """)
            .setParameter("reporting", rates.reportingCurrency())
            .setParameter("decimals", (short) rates.reportingDecimals())
            .getResultList()
            .isEmpty();
    if (changed) {
      Log.infof("Rebuilding the yearly P&L rollup in %s", rates.reportingCurrency());
      em.createNativeQuery("select cast(pnl_year_refresh(null, null) as text)").getSingleResult();
    }
  }
}
