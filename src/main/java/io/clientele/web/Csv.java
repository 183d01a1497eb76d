package io.clientele.web;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** `text/csv` answers of the reports: a header line, then one line per record, RFC 4180 quoting. */
public final class Csv {
  public static final String MEDIA_TYPE = "text/csv";
  private static final CsvMapper MAPPER = new CsvMapper();

  private Csv() {}

  /** The columns are the record's components, in the order of its @JsonPropertyOrder. */
  public static <T> String of(Class<T> type, List<T> rows) {
    CsvSchema schema = MAPPER.schemaFor(type).withHeader();
    StringWriter out = new StringWriter();
    try (SequenceWriter writer = MAPPER.writer(schema).writeValues(out)) {
      writer.writeAll(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
