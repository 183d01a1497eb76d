package io.clientele.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class StageQueries {
  private final EntityManager em;

  public StageQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * Whether any deal is or was in stage `key` (then it may only be retired). No index serves it
   * (deleting a stage is a rare admin action): it scans, and stops at the first row found.
   */
  boolean isUsed(String key) {
    return !em.createNativeQuery(
            """
            select 1 from opportunity where stage = :key
            union all
            select 1 from opportunity_history
            where field = 'stage' and (to_value = :key or from_value = :key)
            limit 1
            """)
        .setParameter("key", key)
        .getResultList()
        .isEmpty();
  }
}
