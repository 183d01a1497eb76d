package io.clientele.account;

import io.clientele.common.Timestamps;
import io.clientele.staff.StaffQueries;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** The account team: staff with a role on an account, who can then see it (see Visibility). */
@ApplicationScoped
public class AccountTeamService {
  private final AccountService accounts;
  private final StaffQueries staff;
  private final EntityManager em;

  public AccountTeamService(AccountService accounts, StaffQueries staff, EntityManager em) {
    this.accounts = accounts;
    this.staff = staff;
    this.em = em;
  }

  public List<TeamMemberDto> list(UUID accountId) {
    accounts.get(accountId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select s.id, s.name, s.title, tm.role, tm.added_at
                from account_team_member tm join staff s on s.id = tm.staff_id
                where tm.account_id = :account
                order by s.name, s.id
                """)
            .setParameter("account", accountId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new TeamMemberDto(
                    (UUID) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((java.time.Instant) r[4])))
        .toList();
  }

  /** Adds the member or changes their role; true when they were added. */
  @Transactional
  public boolean put(UUID accountId, UUID staffId, TeamMemberInput input) {
    accounts.get(accountId);
    if (!staff.isActive(staffId)) {
      throw ProblemException.notFound("Staff member");
    }
    Object inserted =
        em.createNativeQuery(
                """
                insert into account_team_member (account_id, staff_id, role, added_at)
                values (:account, :staff, :role, :now)
                on conflict (account_id, staff_id) do update set role = excluded.role
                returning (xmax = 0)
                """)
            .setParameter("account", accountId)
            .setParameter("staff", staffId)
            .setParameter("role", input.role().trim())
            .setParameter("now", Timestamp.from(Timestamps.now()))
            .getSingleResult();
    return Boolean.TRUE.equals(inserted);
  }

  @Transactional
  public void remove(UUID accountId, UUID staffId) {
    accounts.get(accountId);
    int removed =
        em.createNativeQuery(
                "delete from account_team_member where account_id = :account and staff_id = :staff")
            .setParameter("account", accountId)
            .setParameter("staff", staffId)
            .executeUpdate();
    if (removed == 0) {
      throw ProblemException.notFound("Team member");
    }
  }
}
