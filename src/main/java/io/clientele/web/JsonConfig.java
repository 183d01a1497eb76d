package io.clientele.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.YearMonthDeserializer;
import io.clientele.common.Money;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/**
 * Strict reading: a number is not an enum, a float is not an integer, trailing junk is an error, no
 * string carries a NUL character (PostgreSQL cannot store one in text) and dates are in years 1 to
 * 9999 (as query parameters are, see {@link Params#inRange}), timestamps too, and written as text
 * with an offset; every bad field of a body is reported at once ({@link BodyErrors}).
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {
  public static final String NUL_RULE = "must not contain the NUL character (\\u0000)";

  /** Whether text holds a NUL, which PostgreSQL cannot take in text (not even to look it up). */
  public static boolean hasNul(String text) {
    return text != null && text.indexOf('\u0000') >= 0;
  }

  /** Last, so these readers win over the ones Quarkus registers (java.time among them). */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    BodyErrors.register(mapper);
    mapper.addMixIn(Money.class, MoneyJson.class);
    mapper.registerModule(
        new SimpleModule("clientele-input")
            .addDeserializer(String.class, new NoNulStrings())
            .addDeserializer(LocalDate.class, new InRange<>(LocalDateDeserializer.INSTANCE))
            .addDeserializer(YearMonth.class, new InRange<>(YearMonthDeserializer.INSTANCE))
            .addDeserializer(Instant.class, new IsoInstants()));
  }

  /** Every string of a body, wherever it sits, is refused with its field when it holds a NUL. */
  static final class NoNulStrings extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String value = super.deserialize(p, ctxt);
      if (hasNul(value)) {
        return BodyErrors.refuse(p, ctxt, NUL_RULE);
      }
      return value;
    }
  }

  /** A date or month the database can store: years 1 to 9999. */
  static final class InRange<T extends Temporal> extends StdScalarDeserializer<T> {
    private final JsonDeserializer<T> iso;

    @SuppressWarnings("unchecked")
    InRange(StdDeserializer<T> iso) {
      super((Class<T>) iso.handledType());
      this.iso = iso;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      T value = iso.deserialize(p, ctxt);
      if (value != null && !Params.inRange(value.get(ChronoField.YEAR))) {
        return BodyErrors.refuse(p, ctxt, "must be in the years 1 to 9999");
      }
      return value;
    }
  }

  /**
   * A timestamp is ISO-8601 text with an offset, in the years 1 to 9999: not a number (epoch
   * seconds or milliseconds, which a client cannot tell apart), and nothing PostgreSQL cannot
   * store.
   */
  static final class IsoInstants extends StdScalarDeserializer<Instant> {
    static final String RULE =
        "must be an ISO-8601 timestamp with offset, e.g. 2026-11-20T16:40:11Z, in the years 1 to"
            + " 9999";

    IsoInstants() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return BodyErrors.refuse(p, ctxt, RULE);
      }
      try {
        OffsetDateTime parsed = OffsetDateTime.parse(p.getText().trim());
        if (Params.inRange(parsed.getYear())) {
          return parsed.toInstant();
        }
      } catch (DateTimeParseException e) {
        // the same answer as out of range
      }
      return BodyErrors.refuse(p, ctxt, RULE);
    }
  }
}
