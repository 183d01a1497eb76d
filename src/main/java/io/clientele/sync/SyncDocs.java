package io.clientele.sync;

/** The contract's words for the sync operations (OpenAPI annotations take constants). */
public final class SyncDocs {
  private SyncDocs() {}

  public static final String TAG = "Upserts by external id, batches and the change feed";

  static final String ACCOUNTS_SUMMARY = "Upsert a batch of accounts by external id";
  static final String ACCOUNTS =
      """
      Up to 1000 accounts of one source, each created or updated by its external id, with one \
      result per record in order: created, updated, unchanged (nothing differed: no new version, \
      nothing in the change feed) or error (with the problem a request of that record alone would \
      answer). By default the good records are written whatever the others do; with atomic=true \
      the batch is all or nothing: a failure answers that record's status (422 for invalid \
      records) naming every failed record as `records[i].field`, and nothing is written. \
      Idempotency-Key makes a retry answer the first response.""";

  static final String DEALS_SUMMARY = "Upsert a batch of opportunities by external id";
  static final String DEALS =
      """
      Up to 1000 opportunities of one source, as for accounts: one result per record in order, \
      atomic=true for all or nothing. Each record is the opportunity's own fields (as in POST \
      /opportunities) plus `externalId`; its account is named by `accountId` or by `account`: \
      {"source": ..., "externalId": ...}. The pipeline's rules apply as in a PATCH (probability \
      and category follow the stage unless given, closing sets the close date), and every change \
      of a tracked field is in the deal's history.""";

  static final String CONTACTS_SUMMARY = "Upsert a batch of contacts by external id";
  static final String CONTACTS =
      """
      Up to 1000 contacts of one source, as for accounts: one result per record in order, \
      atomic=true for all or nothing. Each record is a ContactRecord (the contact's own fields and \
      its account, by `accountId` or `account`: {"source": ..., "externalId": ...}) plus \
      `externalId`. Naming another account moves the contact there.""";

  static final String ISSUES_SUMMARY = "Upsert a batch of issues by external id";
  static final String ISSUES =
      """
      Up to 1000 issues (CRM cases) of one source, as for accounts: one result per record in \
      order, atomic=true for all or nothing. Each record is an IssueRecord (the issue's own fields, \
      its account by `accountId` or `account`: {"source": ..., "externalId": ...}, optionally the \
      case's `status` and `resolution` in the source) plus `externalId`. The issue's rules apply \
      as in a POST or PATCH (due time from raisedAt and severity, owners, raisers); a status the \
      record changes is recorded as a `sync` move.""";

  static final String ACTIVITIES_SUMMARY = "Upsert a batch of activities by external id";
  static final String ACTIVITIES =
      """
      Up to 1000 activities of one source (a CRM's tasks and events), as for accounts: one result \
      per record in order, atomic=true for all or nothing. Each record is an ActivityRecord (the \
      activity's own fields and its account, by `accountId` or `account`: {"source": ..., \
      "externalId": ...}) plus `externalId`. Naming another account moves the activity there. The \
      accounts' lastContactAt follows the batch.""";

  static final String CHANGES =
      """
      Every create, update and soft delete of accounts, contacts, opportunities, issues and \
      activities after `after`, in commit order: a consumer that resumes from each page's nextCursor sees \
      every change exactly once, however many writers commit meanwhile. Without `types` the feed \
      carries the types of v1 (accounts, contacts, opportunities): issues and activities are \
      read by naming them. Each change carries the record as it \
      is now (null for a deleted record: a tombstone). Integrations see every record, other roles \
      the records they may see.""";
}
