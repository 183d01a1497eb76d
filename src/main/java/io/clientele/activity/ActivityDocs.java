package io.clientele.activity;

/** The contract's words for activities (OpenAPI annotations take constants). */
final class ActivityDocs {
  private ActivityDocs() {}

  static final String TAG = "Meetings, calls, emails and notes on accounts";

  static final String LIST =
      """
      The live activities of the accounts the caller may see, latest first by default. \
      Keyset-paginated; `sort` on at (`-at`, the default, or `at`).""";

  static final String CREATE =
      """
      Whoever may write the account may record its activities. `staffIds` defaults to the caller \
      (nobody for an integration); `contactIds` must be contacts of this account; `at` may be at \
      most a year ahead. A meeting, call or email moves the account's lastContactAt (and so its \
      version) when it is the account's latest; a note does not.""";

  static final String UPSERT =
      """
      The body is the activity's own fields, as for POST /accounts/{id}/activities, and its \
      account (required): `accountId` or, instead, `account`: {"source": "salesforce", \
      "externalId": "001A000001"}; naming another account moves the activity there (its contacts \
      must then be that account's). 201 when created, 200 when updated or unchanged (an unchanged \
      activity keeps its version and writes nothing to the change feed). PUT replaces: absent \
      fields are cleared, but absent `staffIds` keeps those the activity has. `externalIds`, when \
      given, replaces the activity's external ids of other sources; the path's id is always kept. \
      A deleted activity's external id is 409.""";
}
