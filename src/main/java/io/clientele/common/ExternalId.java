package io.clientele.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The id a record has in another system (a CRM), unique per source. */
@Embeddable
@Schema(name = "ExternalId")
public record ExternalId(
    @Schema(description = "The other system, lower case", example = "salesforce")
        @NotBlank
        @Pattern(regexp = SOURCE_PATTERN, message = SOURCE_RULE)
        @Column(name = "source")
        String source,
    @Schema(description = "The record's id there", example = "001A000001")
        @NotBlank
        @Size(max = 200)
        @Column(name = "external_id")
        String externalId) {
  /** What a source may be called: also checked on the sources of batches and upsert paths. */
  public static final String SOURCE_PATTERN = "^[a-z0-9][a-z0-9_-]{0,39}$";

  public static final String SOURCE_RULE = "must be 1-40 lower-case letters, digits, '_' or '-'";

  private static final java.util.regex.Pattern SOURCE =
      java.util.regex.Pattern.compile(SOURCE_PATTERN);

  /** A 422 on `externalIds` when two of these ids name the same source. */
  public static void checkOnePerSource(List<ExternalId> ids) {
    Set<String> sources = new HashSet<>();
    for (ExternalId id : ids) {
      if (!sources.add(id.source())) {
        throw InvalidValue.field(
            "externalIds", "at most one external id per source ('" + id.source() + "' repeats)");
      }
    }
  }

  /** A 400 naming `parameter` unless `source` is a source name (a path or query parameter). */
  public static void checkSourceParameter(String parameter, String source) {
    if (source == null || !SOURCE.matcher(source).matches()) {
      throw InvalidValue.parameter(parameter, SOURCE_RULE);
    }
  }
}
