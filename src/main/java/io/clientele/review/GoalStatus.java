package io.clientele.review;

/** How a review goal turned out; `open` while it still runs. */
public enum GoalStatus {
  open,
  met,
  partially_met,
  missed
}
