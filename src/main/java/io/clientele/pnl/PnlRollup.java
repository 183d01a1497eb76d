package io.clientele.pnl;

import io.clientele.common.FiscalCalendar;
import io.clientele.fx.ExchangeRates;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Passes the settings the yearly P&L rollup (pnl_year) is built with to the database on start: the
 * reporting currency and its decimals, and the month fiscal years start in. The settings stay here;
 * the database rebuilds the rollup only when they differ from those it was built with, and keeps it
 * in step with every write by itself.
 */
@ApplicationScoped
public class PnlRollup {
  private final PnlCellQueries cells;
  private final ExchangeRates rates;
  private final FiscalCalendar calendar;

  public PnlRollup(PnlCellQueries cells, ExchangeRates rates, FiscalCalendar calendar) {
    this.cells = cells;
    this.rates = rates;
    this.calendar = calendar;
  }

  void onStart(@Observes StartupEvent event) {
    boolean rebuilt =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    cells.rebuildYears(
                        rates.reportingCurrency(),
                        rates.reportingDecimals(),
                        calendar.yearStartMonth()));
    if (rebuilt) {
      Log.infof(
          "Rebuilt the yearly P&L rollup in %s, fiscal years from month %d",
          rates.reportingCurrency(), calendar.yearStartMonth());
    }
  }
}
