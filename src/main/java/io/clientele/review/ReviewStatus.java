package io.clientele.review;

import java.util.List;

/**
 * A review's life: draft -> submitted (by the reviewer) -> acknowledged (by the reviewee) -> closed
 * (by a director above the reviewer, or an admin). Spelled as in JSON and the database.
 */
public enum ReviewStatus {
  draft,
  submitted,
  acknowledged,
  closed;

  /** The statuses this one may move to. */
  List<ReviewStatus> next() {
    return switch (this) {
      case draft -> List.of(submitted);
      case submitted -> List.of(acknowledged);
      case acknowledged -> List.of(closed);
      case closed -> List.of();
    };
  }
}
