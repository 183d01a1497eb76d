package io.clientele.pnl;

import io.clientele.staff.Visibility;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** SQL of invoices: the filtered list and the payments of a page. */
@ApplicationScoped
public class InvoiceQueries {
  private static final List<SortField<Invoice>> SORTABLE =
      List.of(
          new SortField<>("issueDate", "i.issue_date", "date", i -> i.issueDate),
          new SortField<>("dueDate", "i.due_date", "date", i -> i.dueDate));

  private final EntityManager em;

  public InvoiceQueries(EntityManager em) {
    this.em = em;
  }

  /** Invoices of the accounts `visibility` sees; expects invoice_issue_idx / invoice_due_idx. */
  Page<Invoice> list(
      InvoiceService.Filter filter, Visibility visibility, PageRequest page, String sortParam) {
    SqlWhere where = new SqlWhere();
    visibility.account(where, "a.owner_id", "a.id");
    if (filter.accountId() != null) {
      where.and("i.account_id = " + where.param("accountId", filter.accountId()));
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      where.and(
          "i.status = any(cast("
              + where.param(
                  "statuses",
                  filter.statuses().stream().map(InvoiceStatus::label).toArray(String[]::new))
              + " as text[]))");
    }
    if (filter.issuedFrom() != null) {
      where.and("i.issue_date >= " + where.param("issuedFrom", filter.issuedFrom()));
    }
    if (filter.issuedTo() != null) {
      where.and("i.issue_date <= " + where.param("issuedTo", filter.issuedTo()));
    }
    if (filter.dueBefore() != null) {
      where.and("i.due_date < " + where.param("dueBefore", filter.dueBefore()));
    }
    Sort<Invoice> sort = Sort.parse(sortParam, "-issueDate", SORTABLE, "i.id", i -> i.id);
    return sort.fetch(
        em,
        "select i.* from invoice i join account a on a.id = i.account_id",
        where,
        page,
        Invoice.class);
  }

  /** The payments of these invoices, oldest first; expects invoice_payment_invoice_idx. */
  Map<UUID, List<InvoicePayment>> paymentsOf(List<UUID> ids) {
    if (ids.isEmpty()) {
      return new HashMap<>();
    }
    List<InvoicePayment> payments =
        InvoicePayment.list("invoiceId in ?1 order by paidOn, createdAt", ids);
    return payments.stream().collect(Collectors.groupingBy(p -> p.invoiceId));
  }
}
