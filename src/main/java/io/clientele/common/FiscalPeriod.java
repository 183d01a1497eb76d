package io.clientele.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal year (`2026`), half (`2026-H2`), quarter (`2026-Q4`) or calendar month (`2026-11`).
 * Fiscal year N starts on the first day of the configured start month of calendar year N (with the
 * default January it is the calendar year); halves and quarters are counted from that start. A
 * month is always the calendar month, whatever the fiscal year.
 */
public record FiscalPeriod(String label, Kind kind, LocalDate start, LocalDate end) {

  public enum Kind {
    YEAR,
    HALF,
    QUARTER,
    MONTH
  }

  private static final Pattern SYNTAX =
      Pattern.compile("^(\\d{4})(?:-(?:H([12])|Q([1-4])|(\\d{2})))?$");

  /**
   * Parses a period label; `yearStartMonth` is 1 (January) to 12.
   *
   * @throws IllegalArgumentException with a message fit for the caller when the label is bad
   */
  public static FiscalPeriod parse(String label, int yearStartMonth) {
    if (yearStartMonth < 1 || yearStartMonth > 12) {
      throw new IllegalStateException("fiscal year start month must be 1-12: " + yearStartMonth);
    }
    Matcher m = label == null ? null : SYNTAX.matcher(label.trim());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "must be a fiscal period like 2026, 2026-H2, 2026-Q4 or 2026-11");
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("year must be between 1900 and 2999");
    }
    LocalDate yearStart = LocalDate.of(year, yearStartMonth, 1);
    String text = label.trim();
    if (m.group(2) != null) {
      LocalDate start = yearStart.plusMonths(6L * (Integer.parseInt(m.group(2)) - 1));
      return new FiscalPeriod(text, Kind.HALF, start, start.plusMonths(6).minusDays(1));
    }
    if (m.group(3) != null) {
      LocalDate start = yearStart.plusMonths(3L * (Integer.parseInt(m.group(3)) - 1));
      return new FiscalPeriod(text, Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
    }
    if (m.group(4) != null) {
      int month = Integer.parseInt(m.group(4));
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("month must be 01 to 12");
      }
      YearMonth ym = YearMonth.of(year, month);
      return new FiscalPeriod(text, Kind.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }
    return new FiscalPeriod(text, Kind.YEAR, yearStart, yearStart.plusYears(1).minusDays(1));
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** The day after the period, for half-open SQL ranges (`>= start and < endExclusive`). */
  public LocalDate endExclusive() {
    return end.plusDays(1);
  }
}
