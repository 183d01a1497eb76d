package io.clientele.sync;

import io.clientele.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a feed consumer stands: the commit ticket and change id of the last change handed out.
 * Opaque to callers (base64url of "ticket.id"); the start of the feed is (0, 0).
 */
record ChangeCursor(long ticket, long changeId) {
  static final ChangeCursor START = new ChangeCursor(0, 0);

  static ChangeCursor parse(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return START;
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8)
              .split("\\.");
      if (parts.length != 2) {
        throw new IllegalArgumentException();
      }
      long ticket = Long.parseLong(parts[0]);
      long changeId = Long.parseLong(parts[1]);
      if (ticket < 0 || changeId < 0) {
        throw new IllegalArgumentException();
      }
      return new ChangeCursor(ticket, changeId);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badParameter(
          "after", "not a cursor this feed handed out; start without one or use a nextCursor");
    }
  }

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((ticket + "." + changeId).getBytes(StandardCharsets.UTF_8));
  }
}
