package io.clientele.pipeline;

import io.clientele.account.AccountFixtures;
import io.clientele.support.Sql;
import io.clientele.support.TestStaff;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Deals written as they stand, bypassing the rules (report tests need exact data):
 * `DealFixtures.aDeal().on(account).stage("proposal").amount("1000.00",
 * "EUR").closing("2026-11-15") .create()`. Defaults: prospecting, the stage's seeded probability
 * and forecast category, 1000.00 USD, closing 2026-12-15, created now, owned by the account's owner
 * (or a fresh account of the owner's). The row is also the value a brute-force oracle reads back.
 */
public final class DealFixtures {
  /** The seeded stages' default probability and forecast category (V5__pipeline.sql). */
  private static final Map<String, Object[]> STAGE_DEFAULTS =
      Map.of(
          "prospecting", new Object[] {10, "pipeline"},
          "qualification", new Object[] {20, "pipeline"},
          "proposal", new Object[] {50, "best_case"},
          "negotiation", new Object[] {75, "commit"},
          "closed_won", new Object[] {100, "closed"},
          "closed_lost", new Object[] {0, "omitted"});

  private DealFixtures() {}

  public static DealRow aDeal() {
    return new DealRow();
  }

  /** Soft-deletes every deal of `owner` (the world moving on after a review froze). */
  public static void deleteAllOwnedBy(TestStaff owner) {
    Sql.run("update opportunity set deleted_at = now() where owner_id = ?1", owner.id());
  }

  /**
   * A stage change recorded in the deal's history at `at`, as if it had happened then. The deal's
   * kept velocity figures do not follow: call {@link #rebuildStageStats} once the history is
   * written.
   */
  public static void stageChanged(UUID deal, Instant at, String from, String to) {
    Sql.run(
        """
        insert into opportunity_history (id, opportunity_id, changed_at, field, from_value, to_value)
        values (?1, ?2, ?3, 'stage', cast(?4 as text), ?5)
        """,
        UUID.randomUUID(),
        deal,
        Timestamp.from(at),
        from,
        to);
  }

  /** Recomputes the deals' velocity figures from their history (rebuild_stage_stats). */
  public static void rebuildStageStats(UUID... deals) {
    Sql.count(
        "select count(*) from (select rebuild_stage_stats(cast(?1 as uuid[]))) r", (Object) deals);
  }

  /**
   * Everything the deal has recorded happened `by` earlier: its history and the instant it entered
   * its stage move back together, so its kept figures stay true and its current stay grows by `by`.
   * A deterministic stand-in for waiting.
   */
  public static void age(UUID deal, Duration by) {
    double seconds = by.toNanos() / 1e9;
    Sql.run(
        """
        update opportunity_history set changed_at = changed_at - make_interval(secs => ?2)
        where opportunity_id = ?1
        """,
        deal,
        seconds);
    Sql.run(
        """
        update opportunity set stage_entered_at = stage_entered_at - make_interval(secs => ?2)
        where id = ?1
        """,
        deal,
        seconds);
  }

  public static final class DealRow {
    private UUID id;
    private UUID account;
    private UUID owner;
    private String name = "deal";
    private String stage = "prospecting";
    private String category;
    private Integer probability;
    private BigDecimal amount = new BigDecimal("1000.00");
    private String currency = "USD";
    private LocalDate closeDate = LocalDate.of(2026, 12, 15);
    private Instant createdAt;
    private boolean deleted;

    private DealRow() {}

    public DealRow on(UUID account) {
      this.account = account;
      return this;
    }

    public DealRow ownedBy(TestStaff owner) {
      return ownedBy(owner.id());
    }

    public DealRow ownedBy(UUID owner) {
      this.owner = owner;
      return this;
    }

    public DealRow named(String name) {
      this.name = name;
      return this;
    }

    public DealRow stage(String stage) {
      this.stage = stage;
      return this;
    }

    public DealRow category(String category) {
      this.category = category;
      return this;
    }

    public DealRow probability(int probability) {
      this.probability = probability;
      return this;
    }

    public DealRow amount(String amount, String currency) {
      return amount(new BigDecimal(amount), currency);
    }

    public DealRow amount(BigDecimal amount, String currency) {
      this.amount = amount;
      this.currency = currency;
      return this;
    }

    public DealRow closing(String closeDate) {
      return closing(LocalDate.parse(closeDate));
    }

    public DealRow closing(LocalDate closeDate) {
      this.closeDate = closeDate;
      return this;
    }

    public DealRow createdAt(String createdAt) {
      return createdAt(Instant.parse(createdAt));
    }

    public DealRow createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public DealRow deleted(boolean deleted) {
      this.deleted = deleted;
      return this;
    }

    /** Another deal like this one, not yet created: for a few deals that share most values. */
    public DealRow copy() {
      DealRow copy = new DealRow();
      copy.account = account;
      copy.owner = owner;
      copy.name = name;
      copy.stage = stage;
      copy.category = category;
      copy.probability = probability;
      copy.amount = amount;
      copy.currency = currency;
      copy.closeDate = closeDate;
      copy.createdAt = createdAt;
      copy.deleted = deleted;
      return copy;
    }

    public UUID create() {
      if (owner == null && account == null) {
        throw new IllegalStateException("a deal needs an account or an owner: on(...)");
      }
      if (account == null) {
        account = AccountFixtures.anAccount().ownedBy(owner).create();
      }
      if (createdAt == null) {
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
      }
      id = UUID.randomUUID();
      Sql.run(
          """
          insert into opportunity (id, account_id, owner_id, name, type, stage, amount, currency,
                                   probability, forecast_category, close_date,
                                   created_at, updated_at, stage_entered_at, deleted_at)
          values (?1, ?2, coalesce(cast(?3 as uuid), (select owner_id from account where id = ?2)),
                  ?4, 'new_business', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?11,
                  case when ?12 then now() end)
          """,
          id,
          account,
          owner,
          name,
          stage,
          amount,
          currency,
          probability(),
          category(),
          closeDate,
          Timestamp.from(createdAt),
          deleted);
      return id;
    }

    /** The id `create()` gave it. */
    public UUID id() {
      return id;
    }

    public UUID account() {
      return account;
    }

    public UUID owner() {
      return owner;
    }

    public String stage() {
      return stage;
    }

    public String category() {
      return category != null ? category : (String) defaults()[1];
    }

    public int probability() {
      return probability != null ? probability : (Integer) defaults()[0];
    }

    public BigDecimal amount() {
      return amount;
    }

    public String currency() {
      return currency;
    }

    public LocalDate closeDate() {
      return closeDate;
    }

    public Instant createdAt() {
      return createdAt;
    }

    public boolean deleted() {
      return deleted;
    }

    private Object[] defaults() {
      Object[] defaults = STAGE_DEFAULTS.get(stage);
      if (defaults == null) {
        throw new IllegalStateException("no default for stage " + stage + ": set it");
      }
      return defaults;
    }
  }
}
