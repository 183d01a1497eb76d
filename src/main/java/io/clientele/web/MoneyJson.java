package io.clientele.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.clientele.common.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * How a body's money is read: the amount as a decimal string ({@link Money#parseAmount}), the
 * currency as an accepted code ({@link Money#requireAccepted}); a bad one is noted with its field
 * (BodyErrors). Attached to Money as a Jackson mix-in (JsonConfig), so that Money knows no web.
 */
abstract class MoneyJson {
  @SuppressWarnings("unused")
  MoneyJson(
      @JsonDeserialize(using = AmountReader.class) BigDecimal amount,
      @JsonDeserialize(using = CurrencyReader.class) String currency) {}

  /** Reads `amount`: a JSON string by {@link Money#parseAmount}; a JSON number is refused. */
  static final class AmountReader extends TextReader<BigDecimal> {
    AmountReader() {
      super(
          BigDecimal.class,
          "must be a string, not a JSON number or other value: " + Money.AMOUNT_RULE,
          Money::parseAmount);
    }
  }

  /** Reads `currency`: a string naming an accepted currency. */
  static final class CurrencyReader extends TextReader<String> {
    CurrencyReader() {
      super(String.class, "must be a string: an ISO 4217 code like EUR", Money::requireAccepted);
    }
  }

  /** A JSON string read by `parse`; anything else, or text `parse` refuses, is noted. */
  private abstract static class TextReader<T> extends StdScalarDeserializer<T> {
    private final String notText;
    private final Function<String, T> parse;

    TextReader(Class<T> type, String notText, Function<String, T> parse) {
      super(type);
      this.notText = notText;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return BodyErrors.refuse(p, ctxt, notText);
      }
      try {
        return parse.apply(p.getText());
      } catch (IllegalArgumentException e) {
        return BodyErrors.refuse(p, ctxt, e.getMessage());
      }
    }
  }
}
