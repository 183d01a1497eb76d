package io.clientele.staff;

/** The roles of the security model, as they appear in the token's `groups` claim. */
public final class Roles {
  public static final String ADMIN = "admin";
  public static final String DIRECTOR = "director";
  public static final String MANAGER = "manager";
  public static final String FINANCE = "finance";
  public static final String EXECUTIVE = "executive";
  public static final String INTEGRATION = "integration";

  /** The configuration property listing every role of the model. */
  public static final String ALL_PROPERTY = "clientele.roles";

  /**
   * Any role of the model, for `@RolesAllowed(Roles.ANY)`: every role is listed once, in the
   * configuration property this expression names (Caller reads the same list). A token without one
   * is refused (403).
   */
  public static final String ANY = "${" + ALL_PROPERTY + "}";

  /** Every role but integration: the people of the model (`clientele.staff-roles`). */
  public static final String STAFF = "${clientele.staff-roles}";

  private Roles() {}
}
