package io.clientele.staff;

import io.clientele.common.Ids;
import io.clientele.common.Timestamps;
import io.clientele.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the staff row of a token subject, creating it just in time; refuses a token without a
 * Clientele role (see Roles) and a deactivated staff member. Safe under races: two first requests
 * of the same new subject both end up with the one row that `on conflict` lets through.
 */
@ApplicationScoped
public class StaffProvisioning {
  private final EntityManager em;
  private final StaffQueries staff;

  public StaffProvisioning(EntityManager em, StaffQueries staff) {
    this.em = em;
    this.staff = staff;
  }

  public record SignIn(String subject, String email, String name, Set<String> roles) {}

  private record Known(UUID id, Instant until) {}

  /**
   * Recent sign-ins, so a busy caller costs no query per request. Keyed by subject and roles: a
   * token with other roles misses and goes through the database, which mirrors the new roles. A
   * deactivation takes effect when the entry expires (a minute at most).
   */
  private final Map<String, Known> recent = new ConcurrentHashMap<>();

  private static final Duration REMEMBER = Duration.ofSeconds(60);

  public UUID resolve(SignIn signIn) {
    if (signIn.roles().isEmpty()) {
      // a valid token of the identity provider that grants nothing here: refused before anything
      // is written, so a stranger's token leaves no staff record behind
      throw ProblemException.forbidden("Your token carries no Clientele role");
    }
    String key = signIn.subject() + "|" + new TreeSet<>(signIn.roles());
    Known known = recent.get(key);
    Instant now = Instant.now();
    if (known != null && known.until().isAfter(now)) {
      return known.id();
    }
    if (recent.size() > 10_000) {
      recent.clear();
    }
    UUID id = QuarkusTransaction.requiringNew().call(() -> resolveInDatabase(signIn));
    if (!staff.isActive(id)) {
      // a deactivated staff member's tokens stay valid at the identity provider; not here
      throw ProblemException.forbidden("Your staff record is deactivated");
    }
    recent.put(key, new Known(id, now.plus(REMEMBER)));
    return id;
  }

  private UUID resolveInDatabase(SignIn signIn) {
    String[] roles = signIn.roles().toArray(String[]::new);
    UUID id = findAndMirrorRoles(signIn.subject(), roles);
    if (id != null) {
      return id;
    }
    id = linkPreparedRecord(signIn, roles);
    if (id != null) {
      return id;
    }
    em.createNativeQuery(
            """
            insert into staff (id, subject, email, name, roles, active, version, created_at, updated_at)
            values (:id, :subject, :email, :name, cast(:roles as text[]), true, 0, :now, :now)
            on conflict (subject) do nothing
            """)
        .setParameter("id", Ids.newId())
        .setParameter("subject", signIn.subject())
        .setParameter("email", signIn.email())
        .setParameter("name", signIn.name())
        .setParameter("roles", roles)
        .setParameter("now", Timestamp.from(Timestamps.now()))
        .executeUpdate();
    return findAndMirrorRoles(signIn.subject(), roles);
  }

  /** The roles column mirrors the last token; it is only written when they changed. */
  private UUID findAndMirrorRoles(String subject, String[] roles) {
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery(
                "select id, roles = cast(:roles as text[]) from staff where subject = :subject")
            .setParameter("subject", subject)
            .setParameter("roles", roles)
            .getResultList();
    if (found.isEmpty()) {
      return null;
    }
    UUID id = (UUID) found.get(0)[0];
    if (!Boolean.TRUE.equals(found.get(0)[1])) {
      em.createNativeQuery("update staff set roles = cast(:roles as text[]) where id = :id")
          .setParameter("roles", roles)
          .setParameter("id", id)
          .executeUpdate();
    }
    return id;
  }

  /** An admin may have set someone up (by email) before their first sign-in: claim that row. */
  private UUID linkPreparedRecord(SignIn signIn, String[] roles) {
    if (signIn.email() == null || signIn.email().isBlank()) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(
                """
                update staff set subject = :subject, roles = cast(:roles as text[])
                where id = (select id from staff
                            where subject is null and lower(email) = lower(:email)
                            order by created_at limit 1
                            for update skip locked)
                returning id
                """,
                UUID.class)
            .setParameter("subject", signIn.subject())
            .setParameter("email", signIn.email())
            .setParameter("roles", roles)
            .getResultList();
    return ids.isEmpty() ? null : ids.get(0);
  }
}
