package io.clientele.clientreview;

import io.clientele.staff.Visibility;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** All the SQL of client reviews: the reviews, their attendees and actions, the history. */
@ApplicationScoped
class ClientReviewQueries {
  private static final List<SortField<ClientReview>> SORTABLE =
      List.of(
          new SortField<>("date", "r.date", "date", r -> r.date),
          new SortField<>("createdAt", "r.created_at", "timestamptz", r -> r.createdAt));

  /** Newest first: latest by date, then by creation, as the account's satisfaction reads them. */
  static final String NEWEST_FIRST = "-date,-createdAt";

  private final EntityManager em;

  ClientReviewQueries(EntityManager em) {
    this.em = em;
  }

  /** An account's live reviews; expects client_review_account_date_idx. */
  Page<ClientReview> list(UUID accountId, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere().and("r.deleted_at is null");
    where.and("r.account_id = " + where.param("accountId", accountId));
    Sort<ClientReview> sort = Sort.parse(sortParam, NEWEST_FIRST, SORTABLE, "r.id", r -> r.id);
    return sort.fetch(em, "select r.* from client_review r", where, page, ClientReview.class);
  }

  /** A live review of a live account the caller may see; by primary key. */
  Optional<ClientReview> findVisible(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("r.deleted_at is null and a.deleted_at is null");
    where.and("r.id = " + where.param("id", id));
    visibility.account(where, "a.owner_id", "a.id");
    @SuppressWarnings("unchecked")
    List<ClientReview> rows =
        where
            .bind(
                em.createNativeQuery(
                    "select r.* from client_review r join account a on a.id = r.account_id where "
                        + where.sql(),
                    ClientReview.class))
            .getResultList();
    return rows.stream().findFirst();
  }

  /**
   * The attendees and actions of these reviews, in their order: two statements for a whole page, by
   * the attendee table's primary key and the action table's (client_review_id, position) key.
   */
  Map<UUID, ClientReviewParts> parts(Collection<UUID> reviewIds) {
    Map<UUID, ClientReviewParts> parts = new HashMap<>();
    if (reviewIds.isEmpty()) {
      return parts;
    }
    UUID[] ids = reviewIds.toArray(UUID[]::new);
    Map<UUID, List<UUID>> contacts = new HashMap<>();
    Map<UUID, List<UUID>> staff = new HashMap<>();
    for (Object[] r :
        rows(
            """
            select client_review_id, contact_id, staff_id from client_review_attendee
            where client_review_id = any(cast(:ids as uuid[]))
            order by client_review_id, position
            """,
            ids)) {
      UUID review = (UUID) r[0];
      if (r[1] != null) {
        contacts.computeIfAbsent(review, k -> new ArrayList<>()).add((UUID) r[1]);
      } else {
        staff.computeIfAbsent(review, k -> new ArrayList<>()).add((UUID) r[2]);
      }
    }
    Map<UUID, List<ClientReviewAction>> actions = new HashMap<>();
    for (Object[] r :
        rows(
            """
            select client_review_id, id, description, owner_id, due_date, done
            from client_review_action
            where client_review_id = any(cast(:ids as uuid[]))
            order by client_review_id, position
            """,
            ids)) {
      actions
          .computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
          .add(
              new ClientReviewAction(
                  (UUID) r[1], (String) r[2], (UUID) r[3], (LocalDate) r[4], (Boolean) r[5]));
    }
    for (UUID id : reviewIds) {
      parts.put(
          id,
          new ClientReviewParts(
              new ClientReviewAttendees(
                  List.copyOf(contacts.getOrDefault(id, List.of())),
                  List.copyOf(staff.getOrDefault(id, List.of()))),
              List.copyOf(actions.getOrDefault(id, List.of()))));
    }
    return parts;
  }

  /** Replaces a review's attendees and actions with these, in three statements. */
  void replaceParts(UUID reviewId, ClientReviewParts parts) {
    em.createNativeQuery(
            """
            with gone as (delete from client_review_attendee where client_review_id = :review)
            delete from client_review_action where client_review_id = :review
            """)
        .setParameter("review", reviewId)
        .executeUpdate();
    ClientReviewAttendees attendees = parts.attendees();
    if (!attendees.contactIds().isEmpty() || !attendees.staffIds().isEmpty()) {
      // one row per attendee, contacts first: a row holds a contact or a staff member
      List<UUID> contacts = new ArrayList<>();
      List<UUID> staff = new ArrayList<>();
      for (UUID contact : attendees.contactIds()) {
        contacts.add(contact);
        staff.add(null);
      }
      for (UUID member : attendees.staffIds()) {
        contacts.add(null);
        staff.add(member);
      }
      em.createNativeQuery(
              """
              insert into client_review_attendee (client_review_id, position, contact_id, staff_id)
              select :review, p.position - 1, p.contact_id, p.staff_id
              from unnest(cast(:contacts as uuid[]), cast(:staff as uuid[]))
                   with ordinality as p(contact_id, staff_id, position)
              """)
          .setParameter("review", reviewId)
          .setParameter("contacts", contacts.toArray(UUID[]::new))
          .setParameter("staff", staff.toArray(UUID[]::new))
          .executeUpdate();
    }
    List<ClientReviewAction> actions = parts.actions();
    if (!actions.isEmpty()) {
      em.createNativeQuery(
              """
              insert into client_review_action
                (id, client_review_id, position, description, owner_id, due_date, done)
              select a.id, :review, a.position - 1, a.description, a.owner_id, a.due_date, a.done
              from unnest(cast(:ids as uuid[]), cast(:descriptions as text[]),
                          cast(:owners as uuid[]), cast(:dueDates as date[]),
                          cast(:done as boolean[]))
                   with ordinality as a(id, description, owner_id, due_date, done, position)
              """)
          .setParameter("review", reviewId)
          .setParameter("ids", actions.stream().map(ClientReviewAction::id).toArray(UUID[]::new))
          .setParameter(
              "descriptions",
              actions.stream().map(ClientReviewAction::description).toArray(String[]::new))
          .setParameter(
              "owners", actions.stream().map(ClientReviewAction::ownerId).toArray(UUID[]::new))
          .setParameter(
              "dueDates",
              actions.stream().map(ClientReviewAction::dueDate).toArray(LocalDate[]::new))
          .setParameter(
              "done", actions.stream().map(ClientReviewAction::done).toArray(Boolean[]::new))
          .executeUpdate();
    }
  }

  /**
   * An account's live reviews dated from `from` to `to` (either may be null), oldest first; expects
   * client_review_account_date_idx.
   */
  List<SatisfactionHistory.Point> history(UUID accountId, LocalDate from, LocalDate to) {
    SqlWhere where = new SqlWhere().and("r.deleted_at is null");
    where.and("r.account_id = " + where.param("account", accountId));
    if (from != null) {
      where.and("r.date >= " + where.param("from", from));
    }
    if (to != null) {
      where.and("r.date <= " + where.param("to", to));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        where
            .bind(
                em.createNativeQuery(
                    "select r.date, r.period, r.satisfaction, r.id from client_review r where "
                        + where.sql()
                        + " order by r.date, r.created_at, r.id"))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new SatisfactionHistory.Point(
                    (LocalDate) r[0], (String) r[1], ((Number) r[2]).intValue(), (UUID) r[3]))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, UUID[] ids) {
    return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
  }
}
