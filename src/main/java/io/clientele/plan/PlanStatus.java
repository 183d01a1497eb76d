package io.clientele.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan's life: draft -> active (by the account's director or above) -> closed, which is final and
 * read-only. Spelled as in JSON and the database.
 */
@Schema(name = "PlanStatus")
public enum PlanStatus {
  draft,
  active,
  closed;

  /** The statuses this one may move to. */
  List<PlanStatus> next() {
    return switch (this) {
      case draft -> List.of(active);
      case active -> List.of(closed);
      case closed -> List.of();
    };
  }
}
