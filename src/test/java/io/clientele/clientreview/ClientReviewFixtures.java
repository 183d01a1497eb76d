package io.clientele.clientreview;

import io.clientele.common.FiscalPeriod;
import io.clientele.support.Sql;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Client reviews written straight into PostgreSQL, as psql would (the database derives the
 * account's satisfaction from them all the same):
 * `ClientReviewFixtures.aClientReview().on(account).dated("2026-12-10").scored(8).create()`.
 * Defaults: period 2026-Q4 (calendar quarters), score 7, created now. The row is also the value a
 * brute-force oracle reads back.
 */
public final class ClientReviewFixtures {
  private ClientReviewFixtures() {}

  public static ClientReviewRow aClientReview() {
    return new ClientReviewRow();
  }

  public static final class ClientReviewRow {
    private UUID id;
    private UUID account;
    private LocalDate date = LocalDate.of(2026, 12, 10);
    private String period = "2026-Q4";
    private int satisfaction = 7;
    private Instant createdAt;
    private boolean deleted;

    private ClientReviewRow() {}

    public ClientReviewRow on(UUID account) {
      this.account = account;
      return this;
    }

    public ClientReviewRow dated(String date) {
      return dated(LocalDate.parse(date));
    }

    public ClientReviewRow dated(LocalDate date) {
      this.date = date;
      return this;
    }

    public ClientReviewRow period(String period) {
      this.period = period;
      return this;
    }

    public ClientReviewRow scored(int satisfaction) {
      this.satisfaction = satisfaction;
      return this;
    }

    public ClientReviewRow createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public ClientReviewRow deleted(boolean deleted) {
      this.deleted = deleted;
      return this;
    }

    public UUID create() {
      if (account == null) {
        throw new IllegalStateException("a client review needs an account: on(...)");
      }
      id = UUID.randomUUID();
      FiscalPeriod covered = FiscalPeriod.parse(period, 1);
      Instant created =
          createdAt != null ? createdAt : Instant.now().truncatedTo(ChronoUnit.MICROS);
      Sql.run(
          """
          insert into client_review (id, account_id, date, period, period_start, period_end,
                                     satisfaction, created_at, updated_at, deleted_at)
          values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, case when ?9 then now() end)
          """,
          id,
          account,
          date,
          covered.label(),
          covered.start(),
          covered.end(),
          satisfaction,
          Timestamp.from(created),
          deleted);
      return id;
    }

    public UUID id() {
      return id;
    }

    public UUID account() {
      return account;
    }

    public LocalDate date() {
      return date;
    }

    public int satisfaction() {
      return satisfaction;
    }

    public boolean deleted() {
      return deleted;
    }
  }
}
