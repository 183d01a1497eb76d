package io.clientele.forecast;

import io.clientele.support.Sql;
import io.clientele.support.TestStaff;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Forecast calls (submissions) made in the past: `CallFixtures.aCall().by(max).period("2025-Q1")
 * .commit("1100.00").at("2025-02-01T10:00:00Z").create()`. Best case defaults to the commit, USD,
 * with no computed forecast kept.
 */
public final class CallFixtures {
  private CallFixtures() {}

  public static CallRow aCall() {
    return new CallRow();
  }

  public static final class CallRow {
    private UUID staff;
    private String period;
    private BigDecimal commit = BigDecimal.ZERO;
    private BigDecimal bestCase;
    private Instant at = Instant.now();

    private CallRow() {}

    public CallRow by(TestStaff staff) {
      this.staff = staff.id();
      return this;
    }

    public CallRow period(String period) {
      this.period = period;
      return this;
    }

    public CallRow commit(String commit) {
      this.commit = new BigDecimal(commit);
      return this;
    }

    public CallRow bestCase(String bestCase) {
      this.bestCase = new BigDecimal(bestCase);
      return this;
    }

    public CallRow at(String at) {
      this.at = Instant.parse(at);
      return this;
    }

    public UUID create() {
      UUID id = UUID.randomUUID();
      Sql.run(
          """
          insert into forecast_submission (id, staff_id, period, commit, best_case, currency,
                                           computed, submitted_at)
          values (?1, ?2, ?3, ?4, ?5, 'USD', cast('{}' as jsonb), ?6)
          """,
          id,
          staff,
          period,
          commit,
          bestCase != null ? bestCase : commit,
          Timestamp.from(at));
      return id;
    }
  }
}
