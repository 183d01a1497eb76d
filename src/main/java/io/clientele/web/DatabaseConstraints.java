package io.clientele.web;

import java.util.Map;

/** Human words for the unique constraints a caller can run into (names from the migrations). */
final class DatabaseConstraints {
  private static final Map<String, String> MESSAGES =
      Map.ofEntries(
          Map.entry(
              "account_external_id_unique",
              "Another account already carries this external id for the same source"),
          Map.entry(
              "account_external_id_pkey", "An account has at most one external id per source"),
          Map.entry(
              "contact_external_id_unique",
              "Another contact already carries this external id for the same source"),
          Map.entry("contact_external_id_pkey", "A contact has at most one external id per source"),
          Map.entry("staff_subject_key", "Another staff member already has this subject"),
          Map.entry("account_team_member_pkey", "This staff member is already on the account team"),
          Map.entry(
              "opportunity_external_id_unique",
              "Another opportunity already carries this external id for the same source"),
          Map.entry(
              "exchange_rate_currency_month_key",
              "That currency already has a rate for that month"),
          Map.entry("pipeline_stage_key_key", "A stage with that key exists"),
          Map.entry("pnl_entry_reverses_id_key", "This entry has been reversed already"),
          Map.entry(
              "budget_no_overlap", "The account has a budget for part of this period already"),
          Map.entry("invoice_number_key", "Another invoice has this number"),
          Map.entry("review_competency_key_key", "A competency with that key exists"),
          Map.entry(
              "review_reviewee_cycle_key", "The reviewee already has a review for this cycle"),
          Map.entry(
              "account_plan_account_year_key",
              "The account has a plan for this fiscal year already"));

  private DatabaseConstraints() {}

  static String describe(String constraint) {
    if (constraint == null) {
      return "The request conflicts with an existing record";
    }
    String key =
        constraint.contains(".")
            ? constraint.substring(constraint.lastIndexOf('.') + 1)
            : constraint;
    return MESSAGES.getOrDefault(key, "The request conflicts with an existing record");
  }
}
