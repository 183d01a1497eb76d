package io.clientele.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FiscalPeriodTest {

  @Test
  void calendarYearByDefault() {
    assertThat(FiscalPeriod.parse("2026", 1))
        .extracting(FiscalPeriod::start, FiscalPeriod::end)
        .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    assertThat(FiscalPeriod.parse("2026-H2", 1).start()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(FiscalPeriod.parse("2026-Q4", 1))
        .extracting(FiscalPeriod::start, FiscalPeriod::end)
        .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    assertThat(FiscalPeriod.parse("2024-02", 1).end()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void aFiscalYearStartingInAprilIsNamedByTheYearItStarts() {
    FiscalPeriod year = FiscalPeriod.parse("2026", 4);
    assertThat(year.start()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(FiscalPeriod.parse("2026-Q4", 4).start()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(FiscalPeriod.parse("2026-H2", 4).end()).isEqualTo(LocalDate.of(2027, 3, 31));
    // months stay calendar months
    assertThat(FiscalPeriod.parse("2026-11", 4).start()).isEqualTo(LocalDate.of(2026, 11, 1));
  }

  @Test
  void badLabelsAreRefusedWithAReason() {
    for (String bad :
        new String[] {
          "2026-Q5", "2026-H3", "2026-13", "2026-00", "26", "2026Q4", "2026-q4", "", "1800"
        }) {
      assertThatThrownBy(() -> FiscalPeriod.parse(bad, 1))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Property
  void quartersTileTheirYearWithoutGapsOrOverlaps(
      @ForAll @IntRange(min = 1900, max = 2998) int year,
      @ForAll @IntRange(min = 1, max = 12) int startMonth) {
    FiscalPeriod fiscalYear = FiscalPeriod.parse(Integer.toString(year), startMonth);
    LocalDate next = fiscalYear.start();
    for (int q = 1; q <= 4; q++) {
      FiscalPeriod quarter = FiscalPeriod.parse(year + "-Q" + q, startMonth);
      assertThat(quarter.start()).isEqualTo(next);
      assertThat(ChronoUnit.MONTHS.between(quarter.start(), quarter.endExclusive())).isEqualTo(3);
      next = quarter.endExclusive();
    }
    assertThat(next).isEqualTo(fiscalYear.endExclusive());
    assertThat(FiscalPeriod.parse(year + "-H1", startMonth).endExclusive())
        .isEqualTo(FiscalPeriod.parse(year + "-Q3", startMonth).start());
  }

  @Property
  void everyDayOfAYearIsInExactlyOneOfItsQuarters(
      @ForAll @IntRange(min = 2000, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 12) int startMonth,
      @ForAll @IntRange(min = 0, max = 364) int dayOffset) {
    LocalDate day =
        FiscalPeriod.parse(Integer.toString(year), startMonth).start().plusDays(dayOffset);
    int containing = 0;
    for (int q = 1; q <= 4; q++) {
      if (FiscalPeriod.parse(year + "-Q" + q, startMonth).contains(day)) {
        containing++;
      }
    }
    assertThat(containing).isEqualTo(1);
  }
}
