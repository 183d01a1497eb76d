package io.clientele.account;

import io.clientele.common.ExternalId;
import io.clientele.common.Ids;
import io.clientele.staff.Caller;
import io.clientele.web.ETags;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Contacts live and die with their account: whoever may see (or write) it may see (or write) them.
 */
@ApplicationScoped
public class ContactService {
  private static final List<SortField<Contact>> SORTABLE =
      List.of(
          new SortField<>("name", "c.name", "text", c -> c.name),
          new SortField<>("createdAt", "c.created_at", "timestamptz", c -> c.createdAt));

  private final AccountService accounts;
  private final MergePatch mergePatch;
  private final Caller caller;
  private final EntityManager em;

  public ContactService(
      AccountService accounts, MergePatch mergePatch, Caller caller, EntityManager em) {
    this.accounts = accounts;
    this.mergePatch = mergePatch;
    this.caller = caller;
    this.em = em;
  }

  /** An account's live contacts; expects contact_account_name_idx. */
  public Page<Contact> list(UUID accountId, PageRequest page, String sortParam) {
    accounts.get(accountId);
    SqlWhere where = new SqlWhere().and("c.deleted_at is null");
    where.and("c.account_id = " + where.param("accountId", accountId));
    Sort<Contact> sort = Sort.parse(sortParam, "name", SORTABLE, "c.id", c -> c.id);
    return sort.fetch(em, "select c.* from contact c", where, page, Contact.class);
  }

  public Contact get(UUID id) {
    SqlWhere where = new SqlWhere().and("c.deleted_at is null and a.deleted_at is null");
    where.and("c.id = " + where.param("id", id));
    caller.visibility().account(where, "a.owner_id", "a.id");
    @SuppressWarnings("unchecked")
    List<Contact> rows =
        where
            .bind(
                em.createNativeQuery(
                    "select c.* from contact c join account a on a.id = c.account_id where "
                        + where.sql(),
                    Contact.class))
            .getResultList();
    return rows.stream().findFirst().orElseThrow(() -> ProblemException.notFound("Contact"));
  }

  @Transactional
  public Contact create(UUID accountId, ContactInput input) {
    accounts.get(accountId);
    Contact contact = new Contact();
    contact.id = Ids.newId();
    contact.accountId = accountId;
    apply(contact, input);
    contact.persist();
    contact.flush();
    return contact;
  }

  @Transactional
  public Contact update(UUID id, String patch, OptionalLong expectedVersion) {
    Contact contact = get(id);
    ETags.checkIfMatch(expectedVersion, contact.version);
    ContactInput current = ContactInput.from(contact);
    ContactInput changed = mergePatch.apply(current, patch, ContactInput.class);
    if (!changed.equals(current)) {
      apply(contact, changed);
      contact.flush();
    }
    return contact;
  }

  @Transactional
  public void delete(UUID id, OptionalLong expectedVersion) {
    Contact contact = get(id);
    ETags.checkIfMatch(expectedVersion, contact.version);
    contact.softDelete();
    contact.flush();
  }

  private static void apply(Contact contact, ContactInput input) {
    List<ExternalId> externalIds = input.externalIdsOrEmpty();
    ExternalId.checkOnePerSource(externalIds);
    contact.name = input.name().trim();
    contact.title = input.title();
    contact.email = input.email();
    contact.phone = input.phone();
    contact.influence = input.influence();
    if (!contact.externalIds.equals(externalIds)) {
      contact.externalIds.clear();
      contact.externalIds.addAll(externalIds);
    }
  }
}
