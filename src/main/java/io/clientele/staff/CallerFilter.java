package io.clientele.staff;

import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Resolves the caller on every authenticated request, whatever the endpoint needs: a first call
 * creates the staff record, and a deactivated staff member is refused everywhere alike.
 */
public class CallerFilter {
  private final SecurityIdentity identity;
  private final Caller caller;

  public CallerFilter(SecurityIdentity identity, Caller caller) {
    this.identity = identity;
    this.caller = caller;
  }

  @ServerRequestFilter
  public void resolveCaller() {
    if (!identity.isAnonymous()) {
      caller.staffId();
    }
  }
}
