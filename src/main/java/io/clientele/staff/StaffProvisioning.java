package io.clientele.staff;

import io.clientele.web.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
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
  private final StaffQueries staff;

  public StaffProvisioning(StaffQueries staff) {
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
    UUID id = staff.findAndMirrorRoles(signIn.subject(), roles);
    if (id != null) {
      return id;
    }
    if (signIn.email() != null && !signIn.email().isBlank()) {
      id = staff.linkPreparedRecord(signIn.subject(), signIn.email(), roles);
      if (id != null) {
        return id;
      }
    }
    staff.insertSignedIn(signIn.subject(), signIn.email(), signIn.name(), roles);
    return staff.findAndMirrorRoles(signIn.subject(), roles);
  }
}
