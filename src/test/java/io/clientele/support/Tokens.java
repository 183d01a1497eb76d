package io.clientele.support;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;

/**
 * Real signed access tokens, with the key whose public half quarkus-test-oidc-server publishes
 * (test profile: smallrye.jwt.sign.key.location).
 */
public final class Tokens {
  public static final String ISSUER = "https://server.example.com";
  public static final String AUDIENCE = "https://service.example.com";

  private Tokens() {}

  public static String forSubject(String subject, String... roles) {
    return Jwt.issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(subject)
        .claim("name", "Test " + subject)
        .claim("email", subject + "@test.example")
        .groups(Set.of(roles))
        .expiresIn(Duration.ofMinutes(30))
        .jws()
        .keyId("1")
        .sign();
  }
}
