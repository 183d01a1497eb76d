package io.clientele.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;

/**
 * What Jackson would fail a body on at once (a value of the wrong type, an unknown enum value or
 * property, a value our types refuse) is noted in the read's BodyErrors and read as null, so that
 * the read goes on to the next field.
 */
final class BodyProblemHandler extends DeserializationProblemHandler {
  @Override
  public boolean handleUnknownProperty(
      DeserializationContext context,
      JsonParser parser,
      JsonDeserializer<?> deserializer,
      Object beanOrClass,
      String propertyName)
      throws IOException {
    BodyErrors body = BodyErrors.of(context);
    if (body == null) {
      return false;
    }
    String record = body.currentRecord();
    body.note(
        record.isEmpty() ? propertyName : record + "." + propertyName,
        FieldFailures.UNKNOWN_PROPERTY);
    parser.skipChildren();
    return true;
  }

  @Override
  public Object handleWeirdStringValue(
      DeserializationContext context, Class<?> target, String value, String failure) {
    return noted(context, target, FieldFailures.unreadableAs(target));
  }

  @Override
  public Object handleWeirdNumberValue(
      DeserializationContext context, Class<?> target, Number value, String failure) {
    return noted(context, target, FieldFailures.unreadableAs(target));
  }

  @Override
  public Object handleUnexpectedToken(
      DeserializationContext context,
      JavaType target,
      JsonToken token,
      JsonParser parser,
      String failure)
      throws IOException {
    if (target == null) {
      return NOT_HANDLED;
    }
    Object placeholder =
        noted(
            context,
            target.getRawClass(),
            "expected " + FieldFailures.describe(target.getRawClass()));
    if (placeholder != NOT_HANDLED) {
      parser.skipChildren();
    }
    return placeholder;
  }

  @Override
  public Object handleInstantiationProblem(
      DeserializationContext context, Class<?> type, Object argument, Throwable failure) {
    // our own value types refuse a value in their constructor: their message says why
    Throwable cause =
        failure instanceof JsonMappingException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return noted(context, type, cause.getMessage() == null ? "invalid value" : cause.getMessage());
  }

  @Override
  public Object handleMissingInstantiator(
      DeserializationContext context,
      Class<?> type,
      ValueInstantiator instantiator,
      JsonParser parser,
      String message)
      throws IOException {
    // a scalar where one of our records belongs
    Object placeholder = noted(context, type, "expected " + FieldFailures.describe(type));
    if (placeholder != NOT_HANDLED) {
      parser.skipChildren();
    }
    return placeholder;
  }

  private static Object noted(DeserializationContext context, Class<?> target, String message) {
    BodyErrors body = BodyErrors.of(context);
    String path = BodyErrors.pathOf(context.getParser());
    // a body that is not an object at all is a 400 of its own, not a field's
    if (body == null || path.isEmpty()) {
      return NOT_HANDLED;
    }
    body.note(path, message);
    return placeholder(target);
  }

  /** What a bad value reads as meanwhile: nothing, or a primitive's zero. */
  private static Object placeholder(Class<?> target) {
    if (target == boolean.class) {
      return false;
    }
    if (target == int.class) {
      return 0;
    }
    if (target == long.class) {
      return 0L;
    }
    if (target == double.class) {
      return 0d;
    }
    return null;
  }
}
