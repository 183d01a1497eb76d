package io.clientele.staff;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The staff member behind the current request's token, resolved (and created on first sign-in) once
 * per request.
 */
@RequestScoped
public class Caller {
  private final SecurityIdentity identity;
  private final JsonWebToken token;
  private final StaffProvisioning provisioning;
  private final StaffQueries staff;
  private final List<String> allRoles;
  private UUID staffId;
  private Visibility visibility;

  public Caller(
      SecurityIdentity identity,
      JsonWebToken token,
      StaffProvisioning provisioning,
      StaffQueries staff,
      @ConfigProperty(name = Roles.ALL_PROPERTY) List<String> allRoles) {
    this.identity = identity;
    this.token = token;
    this.provisioning = provisioning;
    this.staff = staff;
    this.allRoles = allRoles;
  }

  public UUID staffId() {
    if (staffId == null) {
      staffId = provisioning.resolve(signIn());
    }
    return staffId;
  }

  public boolean is(String role) {
    return identity.hasRole(role);
  }

  public Set<String> roles() {
    Set<String> known = new TreeSet<>(identity.getRoles());
    known.retainAll(allRoles);
    return known;
  }

  /** What the caller may see: the predicates every query adds (see {@link Visibility}). */
  public Visibility visibility() {
    if (visibility == null) {
      visibility = Visibility.of(this);
    }
    return visibility;
  }

  /**
   * Whether the caller may make `staffId` the owner of a record: admins and integrations anyone
   * active, a director anyone in their subtree, everyone else only themselves.
   */
  public boolean mayAssignTo(UUID staffId) {
    if (is(Roles.ADMIN) || is(Roles.INTEGRATION)) {
      return staff.isActive(staffId);
    }
    if (is(Roles.DIRECTOR)) {
      return staff.isInSubtree(staffId(), staffId) && staff.isActive(staffId);
    }
    return staffId.equals(staffId());
  }

  /**
   * Of these staff, those the caller may make owners (see mayAssignTo), in at most two statements.
   */
  public Set<UUID> assignable(Collection<UUID> staffIds) {
    Set<UUID> assignable = new HashSet<>();
    if (is(Roles.ADMIN) || is(Roles.INTEGRATION)) {
      assignable.addAll(staff.active(staffIds));
    } else if (is(Roles.DIRECTOR)) {
      Set<UUID> subtree = staff.subtree(staffId());
      assignable.addAll(staff.active(staffIds.stream().filter(subtree::contains).toList()));
    } else if (staffIds.contains(staffId())) {
      assignable.add(staffId());
    }
    return assignable;
  }

  /**
   * Whether the caller may set targets (quotas, reviews) for `staffId`: admins for anyone active, a
   * director for anyone below them, nobody for themselves.
   */
  public boolean mayManage(UUID staffId) {
    if (staffId.equals(staffId())) {
      return false;
    }
    if (is(Roles.ADMIN)) {
      return staff.isActive(staffId);
    }
    return is(Roles.DIRECTOR) && staff.isInSubtree(staffId(), staffId) && staff.isActive(staffId);
  }

  /** Whether the caller may see `staffId`'s records (their own or their team's). */
  public boolean maySee(UUID staffId) {
    return staff.isVisible(visibility(), staffId);
  }

  private StaffProvisioning.SignIn signIn() {
    String subject =
        token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
    String name =
        firstNonBlank(token.getClaim("name"), token.getClaim("preferred_username"), subject);
    return new StaffProvisioning.SignIn(subject, token.getClaim("email"), name, roles());
  }

  private static String firstNonBlank(Object... values) {
    for (Object value : values) {
      if (value != null && !value.toString().isBlank()) {
        return value.toString();
      }
    }
    return null;
  }
}
