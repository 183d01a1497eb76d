package io.clientele.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened; meetings, calls and emails are contact with the client (lastContactAt). */
@Schema(name = "ActivityType")
public enum ActivityType {
  meeting,
  call,
  email,
  note
}
