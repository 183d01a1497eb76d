package io.clientele.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Reads a request body to its end when a field is bad, so that a 422 names every bad field at once
 * rather than the first one Jackson met: a value of the wrong type, an unknown enum value, an
 * unknown property or a value our own types refuse is noted and read as null, and once the whole
 * body is read the notes (with the bean-validation errors of the other fields) are thrown together.
 * The outermost record of a read collects; a failure Jackson cannot read past ends the read with
 * what was noted so far.
 */
public final class BodyErrors {
  private final List<Problem.FieldError> errors = new ArrayList<>();
  // where each record being read starts: unknown properties are replayed after their record is
  // read, when the parser no longer says where they were
  private final Deque<String> records = new ArrayDeque<>();

  private BodyErrors() {}

  /** Every bad field of one body, in field order. */
  public static final class Invalid extends JsonMappingException {
    private final transient List<Problem.FieldError> errors;

    Invalid(JsonParser parser, List<Problem.FieldError> errors) {
      super(parser, errors.size() + " invalid fields");
      this.errors =
          errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)).toList();
    }

    public List<Problem.FieldError> errors() {
      return errors;
    }
  }

  /**
   * For our own readers of a value (money, strings, dates): refuses the value under reading with
   * `message`. Inside a body it is noted and read as null; elsewhere it fails at once.
   */
  public static <T> T refuse(JsonParser parser, DeserializationContext context, String message)
      throws IOException {
    BodyErrors body = of(context);
    String path = pathOf(parser);
    if (body == null || path.isEmpty()) {
      throw JsonMappingException.from(parser, message);
    }
    body.note(path, message);
    parser.skipChildren(); // an object or array where a value belongs is passed over whole
    return null;
  }

  static void register(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("body-errors").setDeserializerModifier(new CollectAtTheRoot()));
    mapper.addHandler(new BodyProblemHandler());
  }

  void note(String path, String message) {
    String field = path.isEmpty() ? "body" : path;
    if (errors.stream().noneMatch(e -> e.field().equals(field))) {
      errors.add(new Problem.FieldError(field, message));
    }
  }

  /** Where the record being read starts ("" for the body itself). */
  String currentRecord() {
    return records.peek();
  }

  /** The collector of the read under way, or null outside one. */
  static BodyErrors of(DeserializationContext context) {
    return (BodyErrors) context.getAttribute(BodyErrors.class);
  }

  /** Our records collect for the read they are the outermost record of. */
  private static final class CollectAtTheRoot extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription description,
        JsonDeserializer<?> deserializer) {
      boolean ours = description.getBeanClass().getName().startsWith("io.clientele.");
      return ours && deserializer instanceof BeanDeserializerBase
          ? new Root(deserializer)
          : deserializer;
    }
  }

  private static final class Root extends DelegatingDeserializer {
    Root(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Root(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      BodyErrors reading = of(context);
      if (reading != null) {
        reading.records.push(pathOf(parser));
        try {
          return super.deserialize(parser, context);
        } finally {
          reading.records.pop();
        }
      }
      BodyErrors body = new BodyErrors();
      body.records.push("");
      context.setAttribute(BodyErrors.class, body);
      Object value;
      try {
        value = super.deserialize(parser, context);
      } catch (JsonMappingException e) {
        if (body.errors.isEmpty()) {
          throw e;
        }
        Problem.FieldError error = FieldFailures.fieldError(e);
        body.note(error.field(), error.message());
        throw new Invalid(parser, body.errors);
      } finally {
        context.setAttribute(BodyErrors.class, null);
      }
      if (!body.errors.isEmpty()) {
        if (value != null) {
          body.validate(value);
        }
        throw new Invalid(parser, body.errors);
      }
      return value;
    }
  }

  /** Adds the bean-validation errors of the fields that were read. */
  private void validate(Object value) {
    if (Arc.container() == null) {
      return;
    }
    try (InstanceHandle<Validator> validator = Arc.container().instance(Validator.class)) {
      if (!validator.isAvailable()) {
        return;
      }
      for (ConstraintViolation<Object> violation : validator.get().validate(value)) {
        String field = FieldFailures.fieldOf(violation.getPropertyPath());
        // a field read as null because it was bad is already named, with the real reason
        if (errors.stream().noneMatch(e -> field.startsWith(e.field()))) {
          note(field, violation.getMessage());
        }
      }
    }
  }

  /** "amount.currency", "goals[2].status": where the parser is, as a 422 names a field. */
  static String pathOf(JsonParser parser) {
    List<String> parts = new ArrayList<>();
    JsonStreamContext at = parser.getParsingContext();
    if (parser.currentToken() == JsonToken.START_OBJECT
        || parser.currentToken() == JsonToken.START_ARRAY) {
      at = at.getParent(); // the value's own context: the field is where it starts
    }
    for (JsonStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add(0, "." + c.getCurrentName());
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
