package io.clientele.account;

import io.clientele.common.Timestamps;
import io.clientele.staff.StaffQueries;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The account team: staff with a role on an account, who can then see it (see Visibility). */
@ApplicationScoped
public class AccountTeamService {
  private final AccountService accounts;
  private final StaffQueries staff;
  private final AccountTeamQueries queries;

  public AccountTeamService(
      AccountService accounts, StaffQueries staff, AccountTeamQueries queries) {
    this.accounts = accounts;
    this.staff = staff;
    this.queries = queries;
  }

  public List<TeamMemberDto> list(UUID accountId) {
    accounts.get(accountId);
    return queries.list(accountId);
  }

  /** Adds the member or changes their role; true when they were added. */
  @Transactional
  public boolean put(UUID accountId, UUID staffId, TeamMemberInput input) {
    accounts.get(accountId);
    if (!staff.isActive(staffId)) {
      throw ProblemException.notFound("Staff member");
    }
    return queries.put(accountId, staffId, input.role().trim(), Timestamps.now());
  }

  @Transactional
  public void remove(UUID accountId, UUID staffId) {
    accounts.get(accountId);
    if (!queries.remove(accountId, staffId)) {
      throw ProblemException.notFound("Team member");
    }
  }
}
