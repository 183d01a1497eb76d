package io.clientele.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.function.Function;

/**
 * Native SQL for fixtures and checks, each statement in its own transaction; ?1, ?2 ... parameters.
 * Static so that the feature builders (`AccountFixtures.anAccount()...`) need no injection; the app
 * under test is in the same JVM.
 */
public final class Sql {
  private Sql() {}

  public static void run(String sql, Object... params) {
    call(sql, params, Query::executeUpdate);
  }

  public static String text(String sql, Object... params) {
    return call(sql, params, query -> String.valueOf(query.getSingleResult()));
  }

  public static long count(String sql, Object... params) {
    return call(sql, params, query -> ((Number) query.getSingleResult()).longValue());
  }

  private static <T> T call(String sql, Object[] params, Function<Query, T> answer) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              EntityManager em = Arc.container().instance(EntityManager.class).get();
              Query query = em.createNativeQuery(sql);
              for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
              }
              return answer.apply(query);
            });
  }
}
