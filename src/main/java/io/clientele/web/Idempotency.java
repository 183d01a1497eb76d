package io.clientele.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * `Idempotency-Key` on POST, for every POST: the first request reserves the key (per caller) in
 * PostgreSQL, its successful answer is stored with it, and a retry with the same key and body gets
 * that answer back instead of running again. The same key with another body is refused (422); a
 * retry while the first is still running gets 409. Failed answers release the key so a retry can
 * run for real.
 */
@ApplicationScoped
public class Idempotency {
  public static final String HEADER = "Idempotency-Key";
  private static final String RESERVATION = Idempotency.class.getName();
  private static final int MAX_KEY_LENGTH = 255;

  private final AgroalDataSource dataSource;
  private final ObjectMapper mapper;
  private final SecurityIdentity identity;
  private final Duration retention;

  public Idempotency(
      AgroalDataSource dataSource,
      ObjectMapper mapper,
      SecurityIdentity identity,
      @ConfigProperty(name = "clientele.idempotency.retention") Duration retention) {
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.identity = identity;
    this.retention = retention;
  }

  private record Reservation(String subject, String key) {}

  @ServerRequestFilter
  public Optional<Response> replayOrReserve(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null || !HttpMethod.POST.equals(request.getMethod()) || identity.isAnonymous()) {
      return Optional.empty();
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw ProblemException.badParameter(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    String subject = identity.getPrincipal().getName();
    String path = request.getUriInfo().getRequestUri().getRawPath();
    String hash = hash(request.getMethod(), request.getUriInfo().getRequestUri().toString(), body);

    try (Connection connection = dataSource.getConnection()) {
      if (reserve(connection, subject, key, path, hash)) {
        request.setProperty(RESERVATION, new Reservation(subject, key));
        return Optional.empty();
      }
      return Optional.of(replay(connection, subject, key, hash));
    } catch (SQLException e) {
      throw new IllegalStateException("idempotency store unavailable", e);
    }
  }

  @ServerResponseFilter
  public void remember(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(RESERVATION) instanceof Reservation reservation)) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (response.getStatus() >= 200 && response.getStatus() < 300) {
        store(connection, reservation, response);
      } else {
        release(connection, reservation);
      }
    } catch (SQLException | IOException e) {
      Log.warnf(e, "Could not record the answer for Idempotency-Key %s", reservation.key());
    }
  }

  /** Expired keys are purged hourly; a duplicate purge by another replica is harmless. */
  @Scheduled(every = "1h", delayed = "5m")
  void purgeExpired() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("delete from idempotency_key where expires_at < now()")) {
      delete.executeUpdate();
    }
  }

  private boolean reserve(
      Connection connection, String subject, String key, String path, String hash)
      throws SQLException {
    try (PreparedStatement expired =
        connection.prepareStatement(
            "delete from idempotency_key where caller_subject = ? and key = ? and expires_at < now()")) {
      expired.setString(1, subject);
      expired.setString(2, key);
      expired.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            """
            insert into idempotency_key
              (caller_subject, key, method, path, request_hash, created_at, expires_at)
            values (?, ?, 'POST', ?, ?, now(), ?)
            on conflict (caller_subject, key) do nothing
            """)) {
      insert.setString(1, subject);
      insert.setString(2, key);
      insert.setString(3, path);
      insert.setString(4, hash);
      insert.setTimestamp(5, Timestamp.from(Instant.now().plus(retention)));
      return insert.executeUpdate() == 1;
    }
  }

  private Response replay(Connection connection, String subject, String key, String hash)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            """
            select request_hash, status, content_type, location, etag, body
            from idempotency_key where caller_subject = ? and key = ?
            """)) {
      select.setString(1, subject);
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw ProblemException.conflict(
              "The request with this Idempotency-Key just finished; retry it");
        }
        if (!row.getString("request_hash").equals(hash)) {
          throw new ProblemException(
              ProblemKind.VALIDATION,
              "This Idempotency-Key was already used for a different request",
              java.util.List.of(
                  new Problem.FieldError(HEADER, "already used with another body or path")));
        }
        int status = row.getInt("status");
        if (row.wasNull()) {
          throw ProblemException.conflict(
              "A request with this Idempotency-Key is still being processed; retry later");
        }
        Response.ResponseBuilder replay =
            Response.status(status)
                .entity(row.getBytes("body"))
                .header("Idempotent-Replayed", "true");
        if (row.getString("content_type") != null) {
          replay.type(row.getString("content_type"));
        }
        if (row.getString("location") != null) {
          replay.header(HttpHeaders.LOCATION, row.getString("location"));
        }
        if (row.getString("etag") != null) {
          replay.header(HttpHeaders.ETAG, row.getString("etag"));
        }
        return replay.build();
      }
    }
  }

  private void store(
      Connection connection, Reservation reservation, ContainerResponseContext response)
      throws SQLException, IOException {
    try (PreparedStatement update =
        connection.prepareStatement(
            """
            update idempotency_key set status = ?, content_type = ?, location = ?, etag = ?, body = ?
            where caller_subject = ? and key = ?
            """)) {
      update.setInt(1, response.getStatus());
      update.setString(
          2, response.getMediaType() == null ? null : response.getMediaType().toString());
      update.setString(3, response.getHeaderString(HttpHeaders.LOCATION));
      update.setString(4, response.getHeaderString(HttpHeaders.ETAG));
      update.setBytes(
          5, response.hasEntity() ? mapper.writeValueAsBytes(response.getEntity()) : null);
      update.setString(6, reservation.subject());
      update.setString(7, reservation.key());
      update.executeUpdate();
    }
  }

  private void release(Connection connection, Reservation reservation) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "delete from idempotency_key where caller_subject = ? and key = ? and status is null")) {
      delete.setString(1, reservation.subject());
      delete.setString(2, reservation.key());
      delete.executeUpdate();
    }
  }

  private static String hash(String method, String uri, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(method.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(uri.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
