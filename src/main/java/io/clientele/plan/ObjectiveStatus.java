package io.clientele.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an objective stands; not_started until its owner says otherwise. */
@Schema(name = "PlanObjectiveStatus")
public enum ObjectiveStatus {
  not_started,
  on_track,
  at_risk,
  done,
  dropped
}
