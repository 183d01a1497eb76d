package io.clientele.account;

import io.clientele.staff.Visibility;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContactQueries {
  private static final List<SortField<Contact>> SORTABLE =
      List.of(
          new SortField<>("name", "c.name", "text", c -> c.name),
          new SortField<>("createdAt", "c.created_at", "timestamptz", c -> c.createdAt));

  private final EntityManager em;

  public ContactQueries(EntityManager em) {
    this.em = em;
  }

  /** The account of each of these contacts that is live, in one statement; by contact. */
  @SuppressWarnings("unchecked")
  public Map<UUID, UUID> accountsOf(Collection<UUID> contactIds) {
    Map<UUID, UUID> accounts = new HashMap<>();
    if (contactIds.isEmpty()) {
      return accounts;
    }
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select id, account_id from contact
                where id = any(cast(:ids as uuid[])) and deleted_at is null
                """)
            .setParameter("ids", contactIds.toArray(UUID[]::new))
            .getResultList();
    rows.forEach(r -> accounts.put((UUID) r[0], (UUID) r[1]));
    return accounts;
  }

  /** An account's live contacts; expects contact_account_name_idx. */
  Page<Contact> list(UUID accountId, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere().and("c.deleted_at is null");
    where.and("c.account_id = " + where.param("accountId", accountId));
    Sort<Contact> sort = Sort.parse(sortParam, "name", SORTABLE, "c.id", c -> c.id);
    return sort.fetch(em, "select c.* from contact c", where, page, Contact.class);
  }

  /** A live contact of a live account the caller may see; by primary key. */
  Optional<Contact> findVisible(UUID id, Visibility visibility) {
    SqlWhere where = new SqlWhere().and("c.deleted_at is null and a.deleted_at is null");
    where.and("c.id = " + where.param("id", id));
    visibility.account(where, "a.owner_id", "a.id");
    @SuppressWarnings("unchecked")
    List<Contact> rows =
        where
            .bind(
                em.createNativeQuery(
                    "select c.* from contact c join account a on a.id = c.account_id where "
                        + where.sql(),
                    Contact.class))
            .getResultList();
    return rows.stream().findFirst();
  }
}
