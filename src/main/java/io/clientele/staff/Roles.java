package io.clientele.staff;

import java.util.List;

/** The roles of the security model, as they appear in the token's `groups` claim. */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String DIRECTOR = "director";
  public static final String MANAGER = "manager";
  public static final String FINANCE = "finance";
  public static final String EXECUTIVE = "executive";
  public static final String INTEGRATION = "integration";

  public static final List<String> ALL =
      List.of(ADMIN, DIRECTOR, MANAGER, FINANCE, EXECUTIVE, INTEGRATION);

  private Roles() {}
}
