package io.clientele.sync;

import io.clientele.web.Params;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a batch upsert. */
public class BatchParams {
  @QueryParam("atomic")
  @Parameter(description = "All or nothing (default false)", example = "false")
  String atomic;

  /** `atomic`: false unless given as true. */
  boolean atomic() {
    return Boolean.TRUE.equals(Params.bool("atomic", atomic));
  }
}
