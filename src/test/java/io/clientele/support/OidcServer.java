package io.clientele.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Starts quarkus-test-oidc-server (WireMock, in-process) for every test: the app discovers it and
 * fetches its JWKS exactly as it would a real provider's.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class OidcServer {
  private OidcServer() {}
}
