package io.clientele.sync;

import io.clientele.web.Problem;
import io.clientele.web.ProblemException;
import java.util.LinkedHashMap;
import java.util.Map;

/** An atomic batch fails whole: one problem naming every record that failed. */
final class BatchFailure {
  private BatchFailure() {}

  static void throwIfAny(RecordResult[] results) {
    Map<String, Problem> failed = new LinkedHashMap<>();
    for (RecordResult r : results) {
      if (r != null && r.failed()) {
        failed.put("records[" + r.index() + "]", r.problem());
      }
    }
    if (!failed.isEmpty()) {
      throw ProblemException.failedParts(
          "The batch is atomic and "
              + failed.size()
              + " of its "
              + results.length
              + " records failed; nothing was written",
          failed);
    }
  }
}
