package io.clientele.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads an exact decimal that is not money (a KPI's target, say) as money amounts are read: a JSON
 * string by common/Money's amount rule, never a JSON number; a bad one is noted with its field. Use
 * with `@JsonDeserialize(using = DecimalText.class)` and `@JsonFormat(shape = STRING)`.
 */
public final class DecimalText extends StdScalarDeserializer<BigDecimal> {
  private final MoneyJson.AmountReader amounts = new MoneyJson.AmountReader();

  public DecimalText() {
    super(BigDecimal.class);
  }

  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return amounts.deserialize(p, ctxt);
  }
}
