package io.clientele.activity;

import io.clientele.common.ExternalId;
import io.clientele.web.FieldErrors;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of an activity's fields, the one home for a POST, a PATCH and a synced record: `at` at
 * most a year ahead, staff that exist, contacts of the activity's own account, one external id per
 * source, and who took part when the record does not say. Every bad field is named at once (422).
 */
final class ActivityRules {
  private ActivityRules() {}

  /** What the database knows of the staff and contacts some records name, read once for them. */
  record Known(Set<UUID> staff, Map<UUID, UUID> accountOfContact) {}

  /** The latest `at` allowed at `now`: a meeting may be booked up to a year ahead. */
  static Instant horizon(Instant now) {
    return now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
  }

  /**
   * Writes `input` into `activity` (a new one when `creating`), on account `accountId`. Staff and
   * contacts already on the activity stay valid (a contact deleted since does not block an edit);
   * those newly named are checked, and every contact when the activity moves to another account.
   * `defaultStaff` takes part when a new activity names nobody (null: nobody).
   */
  static void apply(
      Activity activity,
      boolean creating,
      UUID accountId,
      ActivityInput input,
      Known known,
      UUID defaultStaff,
      Instant now) {
    FieldErrors errors = new FieldErrors();
    // PostgreSQL keeps microseconds: what is stored is what a later record is compared with
    Instant at = input.at().truncatedTo(ChronoUnit.MICROS);
    if ((creating || !at.equals(activity.at)) && at.isAfter(horizon(now))) {
      errors.add("at", "may be at most a year ahead: on or before " + horizon(now));
    }
    List<UUID> staff;
    if (input.staffIds() == null) {
      staff =
          creating ? (defaultStaff == null ? List.of() : List.of(defaultStaff)) : activity.staffIds;
    } else {
      staff = distinct(input.staffIds());
      for (int i = 0; i < input.staffIds().size(); i++) {
        UUID named = input.staffIds().get(i);
        if ((creating || !activity.staffIds.contains(named)) && !known.staff().contains(named)) {
          errors.add("staffIds[" + i + "]", "no such staff member");
        }
      }
    }
    boolean moving = creating || !accountId.equals(activity.accountId);
    List<UUID> contacts = input.contactIdsOrEmpty();
    for (int i = 0; i < contacts.size(); i++) {
      UUID named = contacts.get(i);
      if ((moving || !activity.contactIds.contains(named))
          && !accountId.equals(known.accountOfContact().get(named))) {
        // a contact of another account reads as an unknown one: it may not be the caller's to see
        errors.add("contactIds[" + i + "]", "is not a contact of this account");
      }
    }
    List<ExternalId> externalIds = input.externalIdsOrEmpty();
    errors.check(() -> ExternalId.checkOnePerSource(externalIds));
    errors.throwIfAny();
    activity.accountId = accountId;
    activity.type = input.type();
    activity.at = at;
    activity.staffIds = new ArrayList<>(staff);
    activity.contactIds = distinct(contacts);
    activity.subject = input.subject().trim();
    activity.summary = input.summary();
    activity.outcome = input.outcome();
    if (!activity.externalIds.equals(externalIds)) {
      activity.externalIds.clear();
      activity.externalIds.addAll(externalIds);
    }
  }

  /** Everything an activity stores that a record can change, to tell an unchanged record. */
  static List<Object> state(Activity a) {
    return Arrays.asList(
        a.accountId,
        a.type,
        a.at,
        List.copyOf(a.staffIds),
        List.copyOf(a.contactIds),
        a.subject,
        a.summary,
        a.outcome,
        Set.copyOf(a.externalIds));
  }

  private static List<UUID> distinct(List<UUID> ids) {
    return new ArrayList<>(new LinkedHashSet<>(ids));
  }
}
