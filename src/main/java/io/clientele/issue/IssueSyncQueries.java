package io.clientele.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clientele.common.ExternalId;
import io.clientele.common.Timestamps;
import io.clientele.sync.ChangeType;
import io.clientele.sync.FeedRecords;
import io.clientele.sync.JsonRows;
import io.clientele.sync.SyncMapping;
import io.clientele.sync.SyncMapping.FeedOwner;
import io.clientele.sync.SyncTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The issue's columns as the batch upserts and the change feed write and read them: the set-based
 * INSERT and UPDATE and the moves' INSERT, each fed a batch as one JSON document (see JsonRows), a
 * row made from an issue, and a feed row (with its moves) read back into the issue as GET shows it.
 * A new column goes into all of them, here.
 */
@ApplicationScoped
public class IssueSyncQueries {
  static final SyncTable<Issue> TABLE =
      new SyncTable<>(
          "account_issue",
          "account_issue_external_id",
          "issue_id",
          Issue.class,
          i -> i.externalIds);

  private static final String ROW =
      """
      r(id uuid, version bigint, account_id uuid, title text, description text, severity text,
        category text, raised_by_contact_id uuid, raised_by_staff_id uuid, owner_id uuid,
        responsible_id uuid, status text, raised_at timestamptz, due_at timestamptz,
        escalation_level int, resolution text)""";

  private static final String INSERT =
      """
      insert into account_issue (id, account_id, title, description, severity, category,
                                 raised_by_contact_id, raised_by_staff_id, owner_id, responsible_id,
                                 status, raised_at, due_at, escalation_level, resolution, version,
                                 created_at, updated_at)
      select r.id, r.account_id, r.title, r.description, r.severity, r.category,
             r.raised_by_contact_id, r.raised_by_staff_id, r.owner_id, r.responsible_id, r.status,
             r.raised_at, r.due_at, r.escalation_level, r.resolution, 0, :now, :now
      from jsonb_to_recordset(cast(:rows as jsonb)) as %s
      """
          .formatted(ROW);

  /** Writes only the rows still at the version read; by primary key. */
  private static final String UPDATE =
      """
      update account_issue i
      set account_id = r.account_id, title = r.title, description = r.description,
          severity = r.severity, category = r.category,
          raised_by_contact_id = r.raised_by_contact_id, raised_by_staff_id = r.raised_by_staff_id,
          owner_id = r.owner_id, responsible_id = r.responsible_id, status = r.status,
          raised_at = r.raised_at, due_at = r.due_at, escalation_level = r.escalation_level,
          resolution = r.resolution, version = i.version + 1, updated_at = :now
      from jsonb_to_recordset(cast(:rows as jsonb)) as %s
      where i.id = r.id and i.version = r.version and i.deleted_at is null
      returning i.id
      """
          .formatted(ROW);

  /** The status moves of the issues written (a sync sets statuses; it never escalates). */
  private static final String MOVES =
      """
      insert into account_issue_transition (id, issue_id, move, from_status, to_status, by_id, at, note)
      select r.id, r.issue_id, r.move, r.from_status, r.to_status, r.by_id, :now, r.note
      from jsonb_to_recordset(cast(:rows as jsonb))
           as r(id uuid, issue_id uuid, move text, from_status text, to_status text, by_id uuid,
                note text)
      """;

  /** What the feed reads of an issue `r` (see read): its columns, then its moves as JSON. */
  static final String FEED_COLUMNS =
      """
      r.id, r.account_id, r.title, r.description, r.severity, r.category, r.raised_by_contact_id,
      r.raised_by_staff_id, r.owner_id, r.responsible_id, r.status, r.raised_at, r.due_at,
      r.escalation_level, r.resolution, r.version, r.created_at, r.updated_at,
      (select cast(coalesce(json_agg(json_build_object(
                'move', t.move, 'from', t.from_status, 'to', t.to_status, 'by', t.by_id, 'at', t.at,
                'note', t.note, 'escalationLevel', t.escalation_level,
                'responsibleId', t.responsible_id) order by t.seq), '[]') as text)
       from account_issue_transition t where t.issue_id = r.id)""";

  static final SyncMapping<Issue> MAPPING =
      new SyncMapping<>(
          ChangeType.issues,
          TABLE,
          FEED_COLUMNS,
          IssueSyncQueries::read,
          IssueSyncQueries::feedOwner,
          INSERT,
          UPDATE);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Who may see an issue's changes: whoever may see its account (see SyncMapping.FeedOwners). */
  static FeedOwner feedOwner(String alias, String on) {
    return new FeedOwner(
        """
        left join account_issue %1$s on %2$s
        left join account %1$s_account on %1$s_account.id = %1$s.account_id"""
            .formatted(alias, on.formatted(alias + ".id")),
        alias + "_account.owner_id",
        alias + "_account.id");
  }

  private final JsonRows rows;

  public IssueSyncQueries(JsonRows rows) {
    this.rows = rows;
  }

  /** Rows of account_issue_transition, less `at` (`now`). */
  void insertMoves(List<Map<String, Object>> moves, Instant now) {
    rows.insert(MOVES, moves, now);
  }

  /** The row that writes `i` (read at `version`; null for a create). */
  static Map<String, Object> row(Issue i, Long version) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", i.id);
    row.put("version", version);
    row.put("account_id", i.accountId);
    row.put("title", i.title);
    row.put("description", i.description);
    row.put("severity", i.severity.name());
    row.put("category", i.category.name());
    row.put("raised_by_contact_id", i.raisedByContactId);
    row.put("raised_by_staff_id", i.raisedByStaffId);
    row.put("owner_id", i.ownerId);
    row.put("responsible_id", i.responsibleId);
    row.put("status", i.status.name());
    row.put("raised_at", i.raisedAt);
    row.put("due_at", i.dueAt);
    row.put("escalation_level", i.escalationLevel);
    row.put("resolution", i.resolution);
    return row;
  }

  /** The row that writes a move (its `at` is the batch's `now`). */
  static Map<String, Object> moveRow(IssueTransition t) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", t.id);
    row.put("issue_id", t.issueId);
    row.put("move", t.move.name());
    row.put("from_status", t.fromStatus.name());
    row.put("to_status", t.toStatus.name());
    row.put("by_id", t.byId);
    row.put("note", t.note);
    return row;
  }

  /** A row of FEED_COLUMNS as GET shows the issue. */
  static IssueDto read(ResultSet r, List<ExternalId> externalIds) throws SQLException {
    Issue i = new Issue();
    i.id = r.getObject(1, UUID.class);
    i.accountId = r.getObject(2, UUID.class);
    i.title = r.getString(3);
    i.description = r.getString(4);
    i.severity = IssueSeverity.valueOf(r.getString(5));
    i.category = IssueCategory.valueOf(r.getString(6));
    i.raisedByContactId = r.getObject(7, UUID.class);
    i.raisedByStaffId = r.getObject(8, UUID.class);
    i.ownerId = r.getObject(9, UUID.class);
    i.responsibleId = r.getObject(10, UUID.class);
    i.status = IssueStatus.valueOf(r.getString(11));
    i.raisedAt = FeedRecords.instant(r, 12);
    i.dueAt = FeedRecords.instant(r, 13);
    i.escalationLevel = r.getInt(14);
    i.resolution = r.getString(15);
    i.version = r.getLong(16);
    i.createdAt = FeedRecords.instant(r, 17);
    i.updatedAt = FeedRecords.instant(r, 18);
    i.externalIds = externalIds;
    return IssueDto.from(i, moves(i.id, r.getString(19)), Timestamps.now());
  }

  /** The moves the feed read as JSON (json_build_object's names; timestamps with an offset). */
  private static List<IssueTransition> moves(UUID issueId, String json) {
    List<IssueTransition> moves = new ArrayList<>();
    try {
      for (JsonNode m : JSON.readTree(json)) {
        IssueTransition t = new IssueTransition();
        t.issueId = issueId;
        t.move = IssueMove.valueOf(m.path("move").asText());
        t.fromStatus = IssueStatus.valueOf(m.path("from").asText());
        t.toStatus = IssueStatus.valueOf(m.path("to").asText());
        t.byId = UUID.fromString(m.path("by").asText());
        t.at = OffsetDateTime.parse(m.path("at").asText()).toInstant();
        t.note = m.path("note").isNull() ? null : m.path("note").asText();
        t.escalationLevel =
            m.path("escalationLevel").isNull() ? null : m.path("escalationLevel").asInt();
        t.responsibleId =
            m.path("responsibleId").isNull()
                ? null
                : UUID.fromString(m.path("responsibleId").asText());
        moves.add(t);
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return moves;
  }
}
