package io.clientele.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** `limit`, `cursor` and `sort`, shared by every list operation. */
public class ListParams {
  @QueryParam("limit")
  @Parameter(
      description = "Page size, 1 to 500",
      schema =
          @Schema(
              type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
              defaultValue = "50",
              minimum = "1",
              maximum = "500"))
  public String limit;

  @QueryParam("cursor")
  @Parameter(description = "The `nextCursor` of the previous page; omit for the first page")
  public String cursor;

  @QueryParam("sort")
  @Parameter(
      description =
          "Comma-separated sort fields (see the operation for which), `-` prefix for descending; ties are broken by id",
      example = "name")
  public String sort;

  public PageRequest page() {
    Integer parsed = null;
    if (limit != null && !limit.isBlank()) {
      try {
        parsed = Integer.valueOf(limit.trim());
      } catch (NumberFormatException e) {
        throw ProblemException.badParameter("limit", "must be an integer between 1 and 500");
      }
    }
    return PageRequest.of(parsed, cursor);
  }
}
