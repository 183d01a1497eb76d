package io.clientele.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the rows a test reads, straight into PostgreSQL. Every name is unique per call so tests
 * never see each other's data.
 */
@ApplicationScoped
public class Fixtures {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private final EntityManager em;

  public Fixtures(EntityManager em) {
    this.em = em;
  }

  public static String unique(String prefix) {
    return prefix
        + "-"
        + SEQUENCE.incrementAndGet()
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  public TestStaff staff(String role, TestStaff manager) {
    return staff(role, manager == null ? null : manager.id());
  }

  public TestStaff staff(String role, UUID managerId) {
    UUID id = UUID.randomUUID();
    String subject = unique(role);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        """
                        insert into staff (id, subject, email, name, roles, manager_id, created_at, updated_at)
                        values (:id, :subject, :email, :name, :roles, :manager, :now, :now)
                        """)
                    .setParameter("id", id)
                    .setParameter("subject", subject)
                    .setParameter("email", subject + "@test.example")
                    .setParameter("name", "Test " + subject)
                    .setParameter("roles", new String[] {role})
                    .setParameter("manager", managerId)
                    .setParameter("now", Instant.now().truncatedTo(ChronoUnit.MICROS))
                    .executeUpdate());
    return new TestStaff(id, subject, "Test " + subject, new String[] {role});
  }

  public TestStaff staff(String role) {
    return staff(role, (UUID) null);
  }

  public UUID account(String name, TestStaff owner) {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        """
                        insert into account (id, name, tier, status, owner_id, created_at, updated_at)
                        values (:id, :name, 'B', 'active', :owner, :now, :now)
                        """)
                    .setParameter("id", id)
                    .setParameter("name", name)
                    .setParameter("owner", owner.id())
                    .setParameter("now", Instant.now().truncatedTo(ChronoUnit.MICROS))
                    .executeUpdate());
    return id;
  }

  /** A monthly exchange rate into the reporting currency, unless that month has one already. */
  public void rate(String currency, java.time.LocalDate month, java.math.BigDecimal rate) {
    execute(
        """
        insert into exchange_rate (id, currency, month, rate, created_at, updated_at)
        values (?1, ?2, ?3, ?4, now(), now()) on conflict do nothing
        """,
        UUID.randomUUID(),
        currency,
        month,
        rate);
  }

  /** A deal written as it stands, bypassing the rules (for report tests that need exact data). */
  public UUID deal(
      UUID account,
      UUID owner,
      String stage,
      String category,
      java.math.BigDecimal amount,
      String currency,
      int probability,
      java.time.LocalDate closeDate,
      Instant createdAt) {
    UUID id = UUID.randomUUID();
    execute(
        """
        insert into opportunity (id, account_id, owner_id, name, type, stage, amount, currency, probability,
                                 forecast_category, close_date, created_at, updated_at, stage_entered_at)
        values (?1, ?2, ?3, 'deal', 'new_business', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?10)
        """,
        id,
        account,
        owner,
        stage,
        amount,
        currency,
        probability,
        category,
        closeDate,
        java.sql.Timestamp.from(createdAt));
    return id;
  }

  /** Runs SQL (inserts of hand-made rows, say) in its own transaction; ?1, ?2 ... parameters. */
  public void execute(String sql, Object... params) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var query = em.createNativeQuery(sql);
              for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
              }
              query.executeUpdate();
            });
  }

  public String text(String sql, Object... params) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var query = em.createNativeQuery(sql);
              for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
              }
              return String.valueOf(query.getSingleResult());
            });
  }

  public long count(String sql, Object... params) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var query = em.createNativeQuery(sql);
              for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
              }
              return ((Number) query.getSingleResult()).longValue();
            });
  }
}
