package io.clientele.activity;

import io.clientele.support.Api;
import io.clientele.support.Sql;
import io.clientele.support.TestStaff;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Activities written straight into PostgreSQL, as a COPY or psql would write them (the database
 * keeps the account's lastContactAt whoever writes): `ActivityFixtures.anActivity().on(account)
 * .type("call").at("2026-11-20T15:30:00Z").create()`; or through the API, as a client records them
 * (`record`). Defaults: a meeting now, nobody taking part.
 */
public final class ActivityFixtures {
  static final String API = "/api/v1";

  private ActivityFixtures() {}

  public static ActivityRow anActivity() {
    return new ActivityRow();
  }

  /** Records an activity through the API as `as`; answers its id. */
  public static String record(TestStaff as, UUID account, String type, String at) {
    return Api.as(as)
        .body(
            "{\"type\": \"%s\", \"at\": \"%s\", \"subject\": \"%s %s\"}"
                .formatted(type, at, type, at))
        .post(API + "/accounts/" + account + "/activities")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The account's lastContactAt as the API shows it (null when none). */
  public static String lastContactAt(TestStaff as, UUID account) {
    return Api.as(as)
        .get(API + "/accounts/" + account)
        .then()
        .statusCode(200)
        .extract()
        .path("lastContactAt");
  }

  public static final class ActivityRow {
    private UUID account;
    private String type = "meeting";
    private Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final List<UUID> staff = new ArrayList<>();
    private final List<UUID> contacts = new ArrayList<>();

    private ActivityRow() {}

    public ActivityRow on(UUID account) {
      this.account = account;
      return this;
    }

    public ActivityRow type(String type) {
      this.type = type;
      return this;
    }

    public ActivityRow at(String at) {
      this.at = Instant.parse(at);
      return this;
    }

    public ActivityRow with(TestStaff member) {
      staff.add(member.id());
      return this;
    }

    public ActivityRow withContact(UUID contact) {
      contacts.add(contact);
      return this;
    }

    public UUID create() {
      UUID id = UUID.randomUUID();
      Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
      Sql.run(
          """
          insert into activity (id, account_id, type, at, staff_ids, contact_ids, subject,
                                created_at, updated_at)
          values (?1, ?2, ?3, ?4, cast(?5 as uuid[]), cast(?6 as uuid[]), ?7, ?8, ?8)
          """,
          id,
          account,
          type,
          Timestamp.from(at),
          array(staff),
          array(contacts),
          type + " " + at,
          now);
      return id;
    }

    /** A uuid[] literal, bound as text (cast in the statement). */
    private static String array(List<UUID> ids) {
      return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }
  }
}
