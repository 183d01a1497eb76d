package io.clientele.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads period parameters with the configured fiscal year start; a bad one is a 400. */
@ApplicationScoped
public class FiscalCalendar {

  @ConfigMapping(prefix = "clientele.fiscal")
  public interface Config {
    /** First month of the fiscal year, 1 (January) to 12. */
    @WithDefault("1")
    int yearStartMonth();
  }

  private final Config config;

  public FiscalCalendar(Config config) {
    this.config = config;
  }

  /** The calendar month (1-12) fiscal years start in. */
  public int yearStartMonth() {
    return config.yearStartMonth();
  }

  /** The fiscal quarter holding `day`. */
  public FiscalPeriod quarterOf(java.time.LocalDate day) {
    return periodOf(FiscalPeriod.Kind.QUARTER, day);
  }

  /** The fiscal year, half, quarter or (calendar) month holding `day`. */
  public FiscalPeriod periodOf(FiscalPeriod.Kind kind, java.time.LocalDate day) {
    int year = day.getMonthValue() >= config.yearStartMonth() ? day.getYear() : day.getYear() - 1;
    int monthInYear = (day.getMonthValue() - config.yearStartMonth() + 12) % 12;
    String label =
        switch (kind) {
          case YEAR -> String.valueOf(year);
          case HALF -> year + "-H" + (monthInYear / 6 + 1);
          case QUARTER -> year + "-Q" + (monthInYear / 3 + 1);
          case MONTH -> java.time.YearMonth.from(day).toString();
        };
    return FiscalPeriod.parse(label, config.yearStartMonth());
  }

  /** A period given in a request body: a bad one is a 422 naming the field. */
  public FiscalPeriod periodField(String field, String label) {
    try {
      return FiscalPeriod.parse(label, config.yearStartMonth());
    } catch (IllegalArgumentException e) {
      throw InvalidValue.field(field, e.getMessage());
    }
  }

  public FiscalPeriod period(String parameter, String label) {
    if (label == null || label.isBlank()) {
      throw InvalidValue.parameter(parameter, "is required, e.g. 2026-Q4");
    }
    try {
      return FiscalPeriod.parse(label, config.yearStartMonth());
    } catch (IllegalArgumentException e) {
      throw InvalidValue.parameter(parameter, e.getMessage());
    }
  }
}
