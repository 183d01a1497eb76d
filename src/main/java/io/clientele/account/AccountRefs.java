package io.clientele.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.common.ExternalId;
import io.clientele.staff.Caller;
import io.clientele.web.JsonConfig;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Accounts named by external id in upserted records, as contacts and deals may name theirs:
 * `"account": {"source": ..., "externalId": ...}` in place of `accountId`.
 */
@ApplicationScoped
public class AccountRefs {
  private final AccountQueries queries;
  private final Caller caller;

  public AccountRefs(AccountQueries queries, Caller caller) {
    this.queries = queries;
    this.caller = caller;
  }

  /** Which of these accounts a record may name: live ones the caller may see, in one statement. */
  public Set<UUID> usable(Collection<UUID> ids) {
    return queries.visibleLiveIds(ids, caller.visibility());
  }

  /**
   * The accounts a batch's records name by external id, resolved in one statement; only live
   * accounts the caller may see are found (an invisible account's external id answers as an unknown
   * one).
   */
  public Map<ExternalId, UUID> find(List<JsonNode> records) {
    List<ExternalId> named = new ArrayList<>();
    for (JsonNode record : records) {
      JsonNode ref = record.get("account");
      if (ref != null && ref.isObject() && nulIn(ref) == null) {
        named.add(new ExternalId(ref.path("source").asText(""), ref.path("externalId").asText("")));
      }
    }
    Map<ExternalId, UUID> found = new HashMap<>();
    if (named.isEmpty()) {
      return found;
    }
    Map<ExternalId, UUID> held = queries.byExternalIds(named);
    Set<UUID> usable = usable(held.values());
    held.forEach(
        (externalId, id) -> {
          if (usable.contains(id)) {
            found.put(externalId, id);
          }
        });
    return found;
  }

  /**
   * Replaces a record's `account` reference by the `accountId` it resolved to (see find); an
   * unknown reference, or both forms at once, is a 422 on `account`.
   */
  public static void resolve(ObjectNode fields, Map<ExternalId, UUID> found) {
    JsonNode ref = fields.remove("account");
    if (ref == null || ref.isNull()) {
      return;
    }
    if (fields.hasNonNull("accountId")) {
      throw ProblemException.invalidField(
          "account", "name the account by accountId or account, not both");
    }
    String nul = ref.isObject() ? nulIn(ref) : null;
    if (nul != null) {
      throw ProblemException.invalidField("account." + nul, JsonConfig.NUL_RULE);
    }
    ExternalId external =
        ref.isObject()
            ? new ExternalId(ref.path("source").asText(""), ref.path("externalId").asText(""))
            : null;
    UUID id = external == null ? null : found.get(external);
    if (id == null) {
      throw ProblemException.invalidField(
          "account", "no account has this external id (an object {source, externalId})");
    }
    fields.put("accountId", id.toString());
  }

  /** The field of an `account` reference holding a NUL (never looked up), or null. */
  private static String nulIn(JsonNode ref) {
    for (String field : List.of("source", "externalId")) {
      if (JsonConfig.hasNul(ref.path(field).asText(""))) {
        return field;
      }
    }
    return null;
  }
}
