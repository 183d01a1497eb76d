package io.clientele.account;

import io.clientele.support.Fixtures;
import io.clientele.support.Sql;
import io.clientele.support.TestStaff;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Accounts written straight into PostgreSQL, as they stand:
 * `AccountFixtures.anAccount().ownedBy(max).tier("A").create()`. Defaults: a unique name, tier B,
 * active, created now. The row is also the value a brute-force oracle reads back.
 */
public final class AccountFixtures {
  private AccountFixtures() {}

  public static AccountRow anAccount() {
    return new AccountRow();
  }

  /** Soft-deletes the account, as DELETE would. */
  public static void softDelete(UUID account) {
    Sql.run("update account set deleted_at = now() where id = ?1", account);
  }

  /** Every account of `owner` churns at once (the world moving on after a review froze). */
  public static void churnAllOwnedBy(TestStaff owner) {
    Sql.run("update account set status = 'churned' where owner_id = ?1", owner.id());
  }

  public static final class AccountRow {
    private UUID id;
    private String name = Fixtures.unique("Account");
    private UUID owner;
    private String tier = "B";
    private String status = "active";
    private String region;
    private BigDecimal satisfaction;
    private Instant createdAt;
    private boolean deleted;
    private final Map<String, String> externalIds = new LinkedHashMap<>();

    private AccountRow() {}

    public AccountRow named(String name) {
      this.name = name;
      return this;
    }

    public AccountRow ownedBy(TestStaff owner) {
      return ownedBy(owner.id());
    }

    public AccountRow ownedBy(UUID owner) {
      this.owner = owner;
      return this;
    }

    public AccountRow tier(String tier) {
      this.tier = tier;
      return this;
    }

    public AccountRow status(String status) {
      this.status = status;
      return this;
    }

    public AccountRow region(String region) {
      this.region = region;
      return this;
    }

    public AccountRow satisfaction(BigDecimal satisfaction) {
      this.satisfaction = satisfaction;
      return this;
    }

    public AccountRow createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    public AccountRow deleted(boolean deleted) {
      this.deleted = deleted;
      return this;
    }

    /** Known to the CRM `source` as `externalId` (what sync requests refer to). */
    public AccountRow externalId(String source, String externalId) {
      externalIds.put(source, externalId);
      return this;
    }

    public UUID create() {
      if (owner == null) {
        throw new IllegalStateException("an account needs an owner: ownedBy(...)");
      }
      id = UUID.randomUUID();
      Instant created =
          createdAt != null ? createdAt : Instant.now().truncatedTo(ChronoUnit.MICROS);
      Sql.run(
          """
          insert into account (id, name, tier, status, region, owner_id, satisfaction,
                               created_at, updated_at, deleted_at)
          values (?1, ?2, ?3, ?4, cast(?5 as text), ?6, cast(?7 as numeric), ?8, ?8,
                  case when ?9 then now() end)
          """,
          id,
          name,
          tier,
          status,
          region,
          owner,
          satisfaction,
          Timestamp.from(created),
          deleted);
      externalIds.forEach(
          (source, externalId) ->
              Sql.run(
                  "insert into account_external_id (account_id, source, external_id) values (?1, ?2, ?3)",
                  id,
                  source,
                  externalId));
      return id;
    }

    /** The id `create()` gave it. */
    public UUID id() {
      return id;
    }

    public String name() {
      return name;
    }

    public String status() {
      return status;
    }

    public String region() {
      return region;
    }

    public BigDecimal satisfaction() {
      return satisfaction;
    }

    public Instant createdAt() {
      return createdAt;
    }

    public boolean deleted() {
      return deleted;
    }
  }
}
