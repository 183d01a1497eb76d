package io.clientele.web;

import jakarta.ws.rs.HeaderParam;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The If-Match header of a write, documented once for every write operation. */
public class IfMatch {
  @HeaderParam("If-Match")
  @Parameter(
      in = ParameterIn.HEADER,
      name = "If-Match",
      description =
          "The ETag last read; the write is refused with 412 when it is no longer current",
      example = "\"3\"")
  public String value;

  public OptionalLong expectedVersion() {
    return ETags.expected(value);
  }
}
