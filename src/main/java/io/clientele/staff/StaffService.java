package io.clientele.staff;

import io.clientele.common.Ids;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

@ApplicationScoped
public class StaffService {
  private final StaffQueries queries;
  private final MergePatch mergePatch;
  private final Caller caller;

  public StaffService(StaffQueries queries, MergePatch mergePatch, Caller caller) {
    this.queries = queries;
    this.mergePatch = mergePatch;
    this.caller = caller;
  }

  public Staff me() {
    return get(caller.staffId());
  }

  public Page<Staff> list(StaffQueries.Filter filter, PageRequest page, String sort) {
    return queries.list(filter, page, sort);
  }

  public Staff get(UUID id) {
    Staff staff = Staff.findById(id);
    if (staff == null) {
      throw ProblemException.notFound("Staff member");
    }
    return staff;
  }

  public Page<Staff> reports(UUID id, boolean all, PageRequest page, String sort) {
    get(id);
    return queries.reports(id, all, page, sort);
  }

  @Transactional
  public Staff create(StaffInput input) {
    Staff staff = new Staff();
    staff.id = Ids.newId();
    apply(staff, input);
    staff.persist();
    staff.flush();
    return staff;
  }

  @Transactional
  public Staff update(UUID id, String patch, OptionalLong expectedVersion) {
    Staff staff = get(id);
    return mergePatch.update(staff, expectedVersion, patch, StaffInput.from(staff), this::apply);
  }

  private void apply(Staff staff, StaffInput input) {
    if (!Objects.equals(staff.managerId, input.managerId()) && input.managerId() != null) {
      queries.lockHierarchy();
      if (Staff.findById(input.managerId()) == null) {
        throw ProblemException.invalidField("managerId", "no such staff member");
      }
      if (queries.isInSubtree(staff.id, input.managerId())) {
        throw ProblemException.invalidField(
            "managerId", "would make a cycle: the manager is this person or one of their reports");
      }
    }
    staff.subject = input.subject();
    staff.email = input.email();
    staff.name = input.name();
    staff.title = input.title();
    staff.managerId = input.managerId();
    staff.region = input.region();
    staff.active = input.active() == null || input.active();
  }
}
