package io.clientele.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.clientele.common.InvalidValue;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The only place where errors become responses: every one is RFC 9457 problem+json. */
public class ProblemMapper {

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.kind(), e.getMessage(), e.errors(), uri);
  }

  @ServerExceptionMapper
  public Response invalidValue(InvalidValue e, UriInfo uri) {
    return problem(ProblemException.of(e), uri);
  }

  /** A body without a declared length that grew past the limit while it was read. */
  @ServerExceptionMapper
  public Response tooLarge(BodySizeLimit.TooLarge e, UriInfo uri) {
    // the rest of the body is never read: the connection cannot carry another request
    return Response.fromResponse(respond(ProblemKind.PAYLOAD_TOO_LARGE, e.getMessage(), null, uri))
        .header("Connection", "close")
        .build();
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(
                v ->
                    new Problem.FieldError(
                        FieldFailures.fieldOf(v.getPropertyPath()), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    boolean bodyMissing =
        e.getConstraintViolations().stream()
            .anyMatch(v -> FieldFailures.lastKind(v) == ElementKind.PARAMETER);
    if (bodyMissing) {
      return respond(ProblemKind.BAD_REQUEST, "A JSON request body is required", null, uri);
    }
    return respond(ProblemKind.VALIDATION, FieldErrors.invalidFields(errors.size()), errors, uri);
  }

  /** Every bad field of a body at once (see {@link BodyErrors}). */
  @ServerExceptionMapper
  public Response invalidBody(BodyErrors.Invalid e, UriInfo uri) {
    return respond(
        ProblemKind.VALIDATION, FieldErrors.invalidFields(e.errors().size()), e.errors(), uri);
  }

  @ServerExceptionMapper
  public Response jsonMapping(JsonMappingException e, UriInfo uri) {
    if (e instanceof MismatchedInputException && e.getPath().isEmpty()) {
      return respond(ProblemKind.BAD_REQUEST, "The request body must be a JSON object", null, uri);
    }
    Problem.FieldError error = FieldFailures.fieldError(e);
    String detail =
        e instanceof UnrecognizedPropertyException
            ? "The request body has a property that is unknown or read-only: " + error.field()
            : e instanceof InvalidFormatException || !(e instanceof MismatchedInputException)
                ? "The request body has an invalid value for " + error.field()
                : "The request body has a value of the wrong type for " + error.field();
    return respond(ProblemKind.VALIDATION, detail, List.of(error), uri);
  }

  /** Quarkus maps this type itself (plain JSON): ours must be registered for it by name. */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return jsonMapping(e, uri);
  }

  /**
   * The problem a failure would answer, as a value: for the parts of a request that fail on their
   * own (one record of a sync batch), described exactly as a whole request failing so would be.
   */
  public static Problem describe(Throwable failure) {
    ProblemMapper mapper = new ProblemMapper();
    Response response;
    if (failure instanceof ProblemException e) {
      response = mapper.problem(e, null);
    } else if (failure instanceof InvalidValue e) {
      response = mapper.invalidValue(e, null);
    } else if (failure instanceof ConstraintViolationException e) {
      response = mapper.validation(e, null);
    } else if (failure instanceof JsonProcessingException e) {
      response = mapper.json(e, null);
    } else {
      response = mapper.unexpected(failure, null, null);
    }
    return (Problem) response.getEntity();
  }

  /** A merge patch that produced an unreadable body fails exactly like a bad POST body. */
  @ServerExceptionMapper
  public Response patchedJson(MergePatch.UncheckedJson e, UriInfo uri) {
    return json(e.getCause(), uri);
  }

  private Response json(JsonProcessingException cause, UriInfo uri) {
    if (cause instanceof BodyErrors.Invalid c) {
      return invalidBody(c, uri);
    }
    if (cause instanceof JsonMappingException c) {
      return jsonMapping(c, uri);
    }
    if (cause instanceof StreamReadException c) {
      return malformedJson(c, uri);
    }
    return otherJson(cause, uri);
  }

  @ServerExceptionMapper
  public Response malformedJson(StreamReadException e, UriInfo uri) {
    return respond(
        ProblemKind.MALFORMED_JSON,
        "The request body is not valid JSON: " + e.getOriginalMessage(),
        null,
        uri);
  }

  @ServerExceptionMapper
  public Response otherJson(JsonProcessingException e, UriInfo uri) {
    return respond(
        ProblemKind.MALFORMED_JSON, "The request body could not be read as JSON", null, uri);
  }

  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    return Response.fromResponse(
            respond(
                ProblemKind.UNAUTHORIZED,
                "A valid bearer token is required: send 'Authorization: Bearer <token>'",
                null,
                uri))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
    return respond(ProblemKind.FORBIDDEN, "Your role does not allow this operation", null, uri);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof BodySizeLimit.TooLarge tooLarge) {
      return tooLarge(tooLarge, uri);
    }
    // the JSON reader wraps Jackson's failures: describe them by what Jackson found
    if (e.getCause() instanceof JsonProcessingException json) {
      return json(json, uri);
    }
    Response original = e.getResponse();
    int status = original.getStatus();
    ProblemKind kind = ProblemKind.forStatus(status);
    String detail =
        switch (status) {
          case 404 -> "No resource at this path";
          case 405 -> "This resource does not support the method";
          case 406 ->
              "This resource cannot answer in any of the media types the Accept header asks for";
          case 415 -> "This resource does not accept that Content-Type";
          default -> kind.title();
        };
    Response.ResponseBuilder builder = Response.fromResponse(respond(kind, detail, null, uri));
    // keep Allow (405) and similar protocol headers of the original answer
    original
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(v -> builder.header(name, v));
              }
            });
    return builder.build();
  }

  /** Last resort: known failures wrapped by the transaction or the ORM, otherwise a 500. */
  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProblemException problem) {
        return problem(problem, uri);
      }
      if (cause instanceof InvalidValue invalid) {
        return invalidValue(invalid, uri);
      }
      if (cause instanceof BodySizeLimit.TooLarge tooLarge) {
        return tooLarge(tooLarge, uri);
      }
      if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
        // a race lost at the write: with If-Match the version it demanded is stale, as a loss
        // seen before the write would say
        if (headers != null
            && ETags.expected(headers.getHeaderString(HttpHeaders.IF_MATCH)).isPresent()) {
          return respond(
              ProblemKind.PRECONDITION_FAILED,
              "The resource has changed since the version If-Match names; read it again and retry",
              null,
              uri);
        }
        return respond(
            ProblemKind.CONFLICT,
            "Someone else changed this record at the same time; read it again and retry",
            null,
            uri);
      }
      if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
        return respond(
            ProblemKind.CONFLICT,
            DatabaseConstraints.describe(violation.getConstraintName()),
            null,
            uri);
      }
    }
    Log.errorf(e, "Unexpected failure on %s", uri == null ? "a part of a request" : uri.getPath());
    return respond(
        ProblemKind.INTERNAL, "An unexpected error occurred; it has been logged", null, uri);
  }

  static Response respond(
      ProblemKind kind, String detail, List<Problem.FieldError> errors, UriInfo uri) {
    Problem body =
        new Problem(
            kind.type(),
            kind.title(),
            kind.status(),
            detail,
            uri == null ? null : uri.getRequestUri().getRawPath(),
            errors == null || errors.isEmpty() ? null : errors);
    return Response.status(kind.status()).type(Problem.MEDIA_TYPE).entity(body).build();
  }
}
