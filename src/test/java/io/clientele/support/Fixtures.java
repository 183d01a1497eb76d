package io.clientele.support;

import io.clientele.account.AccountFixtures;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Staff, and the shortcuts most tests need. Every name is unique per call so tests never see each
 * other's data. The rows of a feature have their builder beside its tests (`AccountFixtures`,
 * `DealFixtures`, `RateFixtures`, `QuotaFixtures`, `CallFixtures`, `InvoiceFixtures`).
 */
@ApplicationScoped
public class Fixtures {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  public static String unique(String prefix) {
    return prefix
        + "-"
        + SEQUENCE.incrementAndGet()
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A CRM source name of its own (lower-case letters and digits), for sync tests. */
  public static String crmSource() {
    return "crm-" + unique("s").toLowerCase().replaceAll("[^a-z0-9]", "");
  }

  public TestStaff staff(String role, TestStaff manager) {
    return staff(role, manager == null ? null : manager.id());
  }

  public TestStaff staff(String role, UUID managerId) {
    UUID id = UUID.randomUUID();
    String subject = unique(role);
    Sql.run(
        """
        insert into staff (id, subject, email, name, roles, manager_id, created_at, updated_at)
        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
        """,
        id,
        subject,
        subject + "@test.example",
        "Test " + subject,
        new String[] {role},
        managerId,
        Instant.now().truncatedTo(ChronoUnit.MICROS));
    return new TestStaff(id, subject, "Test " + subject, new String[] {role});
  }

  public TestStaff staff(String role) {
    return staff(role, (UUID) null);
  }

  /** Someone who has left: still in the tree, no longer active. */
  public void deactivate(TestStaff staff) {
    Sql.run("update staff set active = false where id = ?1", staff.id());
  }

  /** Shorthand for `AccountFixtures.anAccount().named(name).ownedBy(owner).create()`. */
  public UUID account(String name, TestStaff owner) {
    return AccountFixtures.anAccount().named(name).ownedBy(owner).create();
  }

  /** Runs SQL in its own transaction (a check that the database refuses it, say). */
  public void execute(String sql, Object... params) {
    Sql.run(sql, params);
  }

  public String text(String sql, Object... params) {
    return Sql.text(sql, params);
  }

  public long count(String sql, Object... params) {
    return Sql.count(sql, params);
  }
}
