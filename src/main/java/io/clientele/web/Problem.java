package io.clientele.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the one error shape of the API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "Problem",
    description = "RFC 9457 problem details, sent as application/problem+json.")
public record Problem(
    @Schema(
            description = "Stable identifier of the kind of problem",
            example = "https://clientele.io/problems/validation")
        String type,
    @Schema(description = "Short human-readable summary of the kind", example = "Validation failed")
        String title,
    @Schema(description = "HTTP status code", example = "422") int status,
    @Schema(
            description = "What went wrong with this request",
            example = "The request body has 1 invalid field")
        String detail,
    @Schema(description = "The request path", example = "/api/v1/accounts") String instance,
    @Schema(description = "Field errors, present for validation problems")
        List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(description = "JSON path or parameter name", example = "tier") String field,
      @Schema(description = "What is wrong with it", example = "must be one of [A, B, C]")
          String message) {}
}
