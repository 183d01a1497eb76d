package io.clientele.support;

import java.util.UUID;

/** A staff row created for a test, with a token for its subject and roles. */
public record TestStaff(UUID id, String subject, String name, String[] roles) {
  public String token() {
    return Tokens.forSubject(subject, roles);
  }

  public String idString() {
    return id.toString();
  }
}
