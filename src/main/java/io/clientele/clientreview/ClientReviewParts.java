package io.clientele.clientreview;

import java.util.List;

/** A review's attendees and actions: the rows that hang off it, read and written together. */
record ClientReviewParts(ClientReviewAttendees attendees, List<ClientReviewAction> actions) {
  static final ClientReviewParts NONE =
      new ClientReviewParts(ClientReviewAttendees.NONE, List.of());
}
