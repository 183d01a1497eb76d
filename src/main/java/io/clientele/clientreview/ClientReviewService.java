package io.clientele.clientreview;

import io.clientele.account.Account;
import io.clientele.account.AccountService;
import io.clientele.account.ContactQueries;
import io.clientele.common.FiscalCalendar;
import io.clientele.common.FiscalPeriod;
import io.clientele.common.Ids;
import io.clientele.staff.Caller;
import io.clientele.staff.StaffQueries;
import io.clientele.web.ETags;
import io.clientele.web.FieldErrors;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Client reviews follow their account: whoever may see (or write) the account may see (or write)
 * its reviews. What a review may hold (contacts of its own account, existing staff, its own
 * actions' ids) is checked here, all of it before anything is written.
 */
@ApplicationScoped
public class ClientReviewService {
  private final AccountService accounts;
  private final Caller caller;
  private final MergePatch mergePatch;
  private final FiscalCalendar calendar;
  private final ClientReviewQueries queries;
  private final ContactQueries contacts;
  private final StaffQueries staff;

  public ClientReviewService(
      AccountService accounts,
      Caller caller,
      MergePatch mergePatch,
      FiscalCalendar calendar,
      ClientReviewQueries queries,
      ContactQueries contacts,
      StaffQueries staff) {
    this.accounts = accounts;
    this.caller = caller;
    this.mergePatch = mergePatch;
    this.calendar = calendar;
    this.queries = queries;
    this.contacts = contacts;
    this.staff = staff;
  }

  /** An account's live reviews, newest first unless sorted otherwise. */
  public Page<ClientReviewDto> list(UUID accountId, PageRequest page, String sort) {
    accounts.get(accountId);
    Page<ClientReview> reviews = queries.list(accountId, page, sort);
    Map<UUID, ClientReviewParts> parts =
        queries.parts(reviews.items().stream().map(r -> r.id).toList());
    return reviews.map(r -> ClientReviewDto.from(r, parts.get(r.id)));
  }

  public ClientReviewDto get(UUID id) {
    return view(find(id));
  }

  @Transactional
  public ClientReviewDto create(UUID accountId, ClientReviewInput input) {
    Account account = accounts.get(accountId);
    ClientReview review = new ClientReview();
    review.id = Ids.newId();
    review.accountId = account.id;
    ClientReviewParts parts = apply(review, ClientReviewParts.NONE, input);
    review.persist();
    review.flush();
    queries.replaceParts(review.id, parts);
    return ClientReviewDto.from(review, parts);
  }

  /** JSON Merge Patch over the review's fields; arrays are replaced whole, as merge patch does. */
  @Transactional
  public ClientReviewDto update(UUID id, String patch, OptionalLong expectedVersion) {
    ClientReview review = find(id);
    ClientReviewParts had = queries.parts(List.of(id)).get(id);
    mergePatch.update(
        review,
        expectedVersion,
        patch,
        inputOf(review, had),
        (r, input) -> {
          ClientReviewParts parts = apply(r, had, input);
          r.touch();
          r.flush();
          queries.replaceParts(r.id, parts);
        });
    return view(review);
  }

  @Transactional
  public void delete(UUID id, OptionalLong expectedVersion) {
    ClientReview review = find(id);
    ETags.checkIfMatch(expectedVersion, review.version);
    review.softDelete();
    review.flush();
  }

  /** The account's satisfaction now and its reviews' scores dated from `from` to `to`. */
  public SatisfactionHistory satisfaction(UUID accountId, LocalDate from, LocalDate to) {
    Account account = accounts.get(accountId);
    if (from != null && to != null && from.isAfter(to)) {
      throw ProblemException.badParameter("from", "must not be after to");
    }
    return new SatisfactionHistory(
        account.id,
        account.satisfaction,
        account.satisfactionFromReviews,
        from,
        to,
        queries.history(account.id, from, to));
  }

  /** A live review of an account the caller may see; anything else is a 404. */
  private ClientReview find(UUID id) {
    return queries
        .findVisible(id, caller.visibility())
        .orElseThrow(() -> ProblemException.notFound("Client review"));
  }

  private ClientReviewDto view(ClientReview review) {
    return ClientReviewDto.from(review, queries.parts(List.of(review.id)).get(review.id));
  }

  private static ClientReviewInput inputOf(ClientReview review, ClientReviewParts parts) {
    return new ClientReviewInput(
        review.date,
        review.period,
        review.satisfaction,
        parts.attendees(),
        review.notes,
        parts.actions().stream().map(ClientReviewAction::asInput).toList());
  }

  /**
   * Checks `input` against the review's account and what the review `had` (a deleted contact and an
   * action keep their place only if it had them), every bad field at once, then writes the review's
   * own fields and answers its attendees and actions (new actions with new ids).
   */
  private ClientReviewParts apply(
      ClientReview review, ClientReviewParts had, ClientReviewInput in) {
    FieldErrors errors = new FieldErrors();
    FiscalPeriod period = errors.check(() -> calendar.periodField("period", in.period()));

    List<UUID> attendingContacts = in.attendees().contactIds();
    Set<UUID> knownContacts = new HashSet<>(had.attendees().contactIds());
    contacts
        .accountsOf(attendingContacts)
        .forEach(
            (contact, account) -> {
              if (account.equals(review.accountId)) {
                knownContacts.add(contact);
              }
            });
    checkEach(
        errors,
        "attendees.contactIds",
        attendingContacts,
        knownContacts,
        "not a contact of this account");

    List<UUID> attendingStaff = in.attendees().staffIds();
    List<UUID> owners = in.actions().stream().map(ClientReviewActionInput::ownerId).toList();
    Set<UUID> named = new HashSet<>(attendingStaff);
    named.addAll(owners);
    Set<UUID> knownStaff = staff.existing(named);
    checkEach(errors, "attendees.staffIds", attendingStaff, knownStaff, "no such staff member");

    Set<UUID> ownActions = new HashSet<>();
    had.actions().forEach(a -> ownActions.add(a.id()));
    Set<UUID> keptActions = new HashSet<>();
    for (int i = 0; i < in.actions().size(); i++) {
      ClientReviewActionInput action = in.actions().get(i);
      if (!knownStaff.contains(action.ownerId())) {
        errors.add("actions[" + i + "].ownerId", "no such staff member");
      }
      if (action.id() != null && !ownActions.contains(action.id())) {
        errors.add("actions[" + i + "].id", "not an action of this client review");
      } else if (action.id() != null && !keptActions.add(action.id())) {
        errors.add("actions[" + i + "].id", "listed twice");
      }
    }
    errors.throwIfAny();

    review.date = in.date();
    if (!period.label().equals(review.period)) {
      // the days of the period as the fiscal calendar has them now; kept while the label is
      review.period = period.label();
      review.periodStart = period.start();
      review.periodEnd = period.end();
    }
    review.satisfaction = in.satisfaction();
    review.notes = in.notes();
    List<ClientReviewAction> actions = new ArrayList<>();
    for (ClientReviewActionInput a : in.actions()) {
      actions.add(
          new ClientReviewAction(
              a.id() == null ? Ids.newId() : a.id(),
              a.description().trim(),
              a.ownerId(),
              a.dueDate(),
              a.done()));
    }
    return new ClientReviewParts(
        new ClientReviewAttendees(List.copyOf(attendingContacts), List.copyOf(attendingStaff)),
        List.copyOf(actions));
  }

  /** Each id of `ids` (the field `field`) is in `known` and listed once. */
  private static void checkEach(
      FieldErrors errors, String field, List<UUID> ids, Set<UUID> known, String unknown) {
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String at = field + "[" + i + "]";
      if (!known.contains(ids.get(i))) {
        errors.add(at, unknown);
      } else if (!seen.add(ids.get(i))) {
        errors.add(at, "listed twice");
      }
    }
  }
}
