package io.clientele.account;

import io.clientele.common.ExternalId;
import io.clientele.common.Ids;
import io.clientele.staff.Caller;
import io.clientele.web.ETags;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Contacts live and die with their account: whoever may see (or write) it may see (or write) them.
 */
@ApplicationScoped
public class ContactService {
  private final AccountService accounts;
  private final MergePatch mergePatch;
  private final Caller caller;
  private final ContactQueries queries;

  public ContactService(
      AccountService accounts, MergePatch mergePatch, Caller caller, ContactQueries queries) {
    this.accounts = accounts;
    this.mergePatch = mergePatch;
    this.caller = caller;
    this.queries = queries;
  }

  /** An account's live contacts. */
  public Page<Contact> list(UUID accountId, PageRequest page, String sortParam) {
    accounts.get(accountId);
    return queries.list(accountId, page, sortParam);
  }

  public Contact get(UUID id) {
    return queries
        .findVisible(id, caller.visibility())
        .orElseThrow(() -> ProblemException.notFound("Contact"));
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
    return mergePatch.update(
        contact, expectedVersion, patch, ContactInput.from(contact), ContactService::apply);
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
