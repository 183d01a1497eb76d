package io.clientele.pnl;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An invoice's life: draft -> issued -> paid | void | written_off. A draft may also be voided;
 * `paid` is reached by payments alone, when they add up to the amount. (Upper-case constants
 * because `void` is a Java keyword; JSON and the database spell them in lower case.)
 */
@Schema(
    name = "InvoiceStatus",
    type = SchemaType.STRING,
    enumeration = {"draft", "issued", "paid", "void", "written_off"})
public enum InvoiceStatus {
  DRAFT,
  ISSUED,
  PAID,
  VOID,
  WRITTEN_OFF;

  @JsonValue
  public String label() {
    return name().toLowerCase();
  }

  @JsonCreator
  public static InvoiceStatus of(String label) {
    return Arrays.stream(values())
        .filter(s -> s.label().equals(label))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "must be one of draft, issued, paid, void, written_off"));
  }

  /** The statuses this one may move to. */
  List<InvoiceStatus> next() {
    return switch (this) {
      case DRAFT -> List.of(ISSUED, VOID);
      case ISSUED -> List.of(PAID, VOID, WRITTEN_OFF);
      case PAID, VOID, WRITTEN_OFF -> List.of();
    };
  }
}
