package io.clientele.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.clientele.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;

/**
 * Production's air-gapped mode: no provider URL at all, tokens checked against
 * QUARKUS_OIDC_PUBLIC_KEY, with the expected issuer and audience pinned.
 */
@QuarkusTest
@TestProfile(AirGappedTokensTest.PublicKeyOnly.class)
class AirGappedTokensTest {
  static final String ISSUER = "https://login.air-gapped.example/realms/clientele";
  static final String AUDIENCE = "clientele-api";

  public static class PublicKeyOnly implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.oidc.auth-server-url",
          "",
          "quarkus.oidc.public-key",
          publicKey(),
          "quarkus.oidc.token.issuer",
          ISSUER,
          "quarkus.oidc.token.audience",
          AUDIENCE);
    }
  }

  @Test
  void aTokenSignedByTheConfiguredKeyWithThePinnedIssuerAndAudienceIsAccepted() {
    String subject = Fixtures.unique("airgapped");
    given()
        .auth()
        .oauth2(token(ISSUER, AUDIENCE, subject))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("subject", equalTo(subject));
  }

  @Test
  void anotherIssuerOrAudienceOrKeyIsRefused() throws Exception {
    given()
        .auth()
        .oauth2(token("https://elsewhere.example", AUDIENCE, "x"))
        .get("/api/v1/me")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(token(ISSUER, "another-api", "x"))
        .get("/api/v1/me")
        .then()
        .statusCode(401);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String forged =
        Jwt.issuer(ISSUER)
            .audience(AUDIENCE)
            .subject("x")
            .groups(Set.of("admin"))
            .sign(generator.generateKeyPair().getPrivate());
    given().auth().oauth2(forged).get("/api/v1/me").then().statusCode(401);
  }

  private static String token(String issuer, String audience, String subject) {
    return Jwt.issuer(issuer)
        .audience(audience)
        .subject(subject)
        .groups(Set.of("manager"))
        .sign(privateKey());
  }

  /** The key pair of quarkus-test-oidc-server, read from its jar. */
  private static PublicJsonWebKey jwk(String resource) {
    try (InputStream in =
        AirGappedTokensTest.class.getClassLoader().getResourceAsStream(resource)) {
      return (PublicJsonWebKey)
          JsonWebKey.Factory.newJwk(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static PrivateKey privateKey() {
    return jwk("privateKey.jwk").getPrivateKey();
  }

  static String publicKey() {
    return Base64.getEncoder().encodeToString(jwk("publicKey.jwk").getPublicKey().getEncoded());
  }
}
