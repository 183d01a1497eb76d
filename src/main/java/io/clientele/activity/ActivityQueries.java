package io.clientele.activity;

import io.clientele.account.ContactQueries;
import io.clientele.staff.StaffQueries;
import io.clientele.staff.Visibility;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ApplicationScoped
public class ActivityQueries {
  static final List<SortField<Activity>> SORTABLE =
      List.of(new SortField<>("at", "t.at", "timestamptz", t -> t.at));

  /** own: activities the caller took part in; team: those of anyone at or below the caller. */
  @Schema(name = "ActivityScope")
  public enum Scope {
    own,
    team
  }

  public record Filter(
      UUID accountId,
      List<ActivityType> types,
      UUID staffId,
      UUID contactId,
      Scope scope,
      Instant from,
      Instant to) {

    Filter onAccount(UUID account) {
      return new Filter(account, types, staffId, contactId, scope, from, to);
    }
  }

  private final EntityManager em;
  private final ContactQueries contacts;
  private final StaffQueries staff;

  public ActivityQueries(EntityManager em, ContactQueries contacts, StaffQueries staff) {
    this.em = em;
    this.contacts = contacts;
    this.staff = staff;
  }

  /**
   * Up to this many visible accounts, a list reads their activities account by account
   * (activity_account_at_idx) and sorts them; beyond, it walks every activity by time
   * (activity_at_idx) and keeps the visible ones. With ~100 activities an account, the two cost the
   * same around 100 accounts of 20,000: a manager's few accounts are read, a director's team
   * walked.
   */
  static final int FEW_ACCOUNTS = 100;

  /**
   * The live activities of live accounts the caller may see, filtered. By time: as FEW_ACCOUNTS
   * says, or activity_account_at_idx for one account; staff and contacts: activity_staff_idx and
   * activity_contact_idx (array containment and overlap).
   */
  Page<Activity> list(
      Filter filter, Visibility visibility, UUID caller, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere().and("t.deleted_at is null");
    String select = "select t.* from activity t join account a on a.id = t.account_id";
    if (visibility.seesEveryone()) {
      where.and("a.deleted_at is null");
    } else if (filter.accountId() == null) {
      List<UUID> accounts = visibleAccounts(visibility, FEW_ACCOUNTS + 1);
      if (accounts.isEmpty()) {
        return new Page<>(List.of(), null);
      }
      if (accounts.size() <= FEW_ACCOUNTS) {
        select = "select t.* from activity t";
        where.and(
            "t.account_id = any(cast("
                + where.param("accounts", accounts.toArray(UUID[]::new))
                + " as uuid[]))");
      } else {
        where.and("a.deleted_at is null");
        visibility.account(where, "a.owner_id", "a.id");
      }
    } else {
      where.and("a.deleted_at is null");
      visibility.account(where, "a.owner_id", "a.id");
    }
    if (filter.accountId() != null) {
      where.and("t.account_id = " + where.param("accountId", filter.accountId()));
    }
    if (!filter.types().isEmpty()) {
      where.and(
          "t.type in ("
              + where.param("types", filter.types().stream().map(Enum::name).toList())
              + ")");
    }
    if (filter.staffId() != null) {
      where.and("t.staff_ids @> array[" + uuid(where, "staffId", filter.staffId()) + "]");
    }
    if (filter.contactId() != null) {
      where.and("t.contact_ids @> array[" + uuid(where, "contactId", filter.contactId()) + "]");
    }
    if (filter.scope() == Scope.own) {
      where.and("t.staff_ids @> array[" + uuid(where, "scopeRoot", caller) + "]");
    } else if (filter.scope() == Scope.team) {
      where.and(
          "t.staff_ids && array(select id from staff_subtree("
              + uuid(where, "scopeRoot", caller)
              + "))");
    }
    if (filter.from() != null) {
      where.and("t.at >= " + where.param("from", filter.from()));
    }
    if (filter.to() != null) {
      where.and("t.at <= " + where.param("to", filter.to()));
    }
    Sort<Activity> sort = Sort.parse(sortParam, "-at", SORTABLE, "t.id", t -> t.id);
    return sort.fetch(em, select, where, page, Activity.class);
  }

  /**
   * Up to `max` of the live accounts the caller may see (account_owner_name_idx and the team's).
   */
  @SuppressWarnings("unchecked")
  private List<UUID> visibleAccounts(Visibility visibility, int max) {
    SqlWhere where = new SqlWhere().and("a.deleted_at is null");
    visibility.account(where, "a.owner_id", "a.id");
    return where
        .bind(
            em.createNativeQuery(
                "select a.id from account a where " + where.sql() + " limit " + max))
        .getResultList();
  }

  /** A live activity of a live account the caller may see; by primary key. */
  Optional<Activity> findVisible(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("t.deleted_at is null and a.deleted_at is null");
    where.and("t.id = " + where.param("id", id));
    visibility.account(where, "a.owner_id", "a.id");
    @SuppressWarnings("unchecked")
    List<Activity> rows =
        where
            .bind(
                em.createNativeQuery(
                    "select t.* from activity t join account a on a.id = t.account_id where "
                        + where.sql(),
                    Activity.class))
            .getResultList();
    return rows.stream().findFirst();
  }

  /**
   * Which of the staff these inputs name exist, and the account of each live contact they name: two
   * statements however many inputs (array parameters: primary-key lookups).
   */
  ActivityRules.Known known(Collection<ActivityInput> inputs) {
    Set<UUID> named = new HashSet<>();
    Set<UUID> contactIds = new HashSet<>();
    for (ActivityInput input : inputs) {
      if (input.staffIds() != null) {
        named.addAll(input.staffIds());
      }
      contactIds.addAll(input.contactIdsOrEmpty());
    }
    return new ActivityRules.Known(staff.existing(named), contacts.accountsOf(contactIds));
  }

  private static String uuid(SqlWhere where, String name, UUID value) {
    return "cast(" + where.param(name, value) + " as uuid)";
  }
}
