package io.clientele.forecast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Forecast figures kept as jsonb (with a call, in a snapshot) and read back exactly as served. */
@ApplicationScoped
public class RowJson {
  private final ObjectMapper json;

  public RowJson(ObjectMapper json) {
    this.json = json;
  }

  String write(ForecastDocument.Row row) {
    try {
      return json.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  ForecastDocument.Row read(String text) {
    try {
      return json.readValue(text, ForecastDocument.Row.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
