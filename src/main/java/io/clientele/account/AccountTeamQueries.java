package io.clientele.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The account_team_member rows: by their primary key (account_id, staff_id). */
@ApplicationScoped
public class AccountTeamQueries {
  private final EntityManager em;

  public AccountTeamQueries(EntityManager em) {
    this.em = em;
  }

  /** An account's team, by name. */
  List<TeamMemberDto> list(UUID accountId) {
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
                    (UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (Instant) r[4]))
        .toList();
  }

  /** Adds the member or changes their role; true when they were added. */
  boolean put(UUID accountId, UUID staffId, String role, Instant now) {
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
            .setParameter("role", role)
            .setParameter("now", Timestamp.from(now))
            .getSingleResult();
    return Boolean.TRUE.equals(inserted);
  }

  /** True when the member was there. */
  boolean remove(UUID accountId, UUID staffId) {
    return em.createNativeQuery(
                "delete from account_team_member where account_id = :account and staff_id = :staff")
            .setParameter("account", accountId)
            .setParameter("staff", staffId)
            .executeUpdate()
        > 0;
  }
}
