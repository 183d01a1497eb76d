package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The quota of a period from the quotas set within it: a year's from its halves', a half's from its
 * quarters', a team's from its members'. The forecast, its snapshots and a staff member's target
 * all resolve quotas here.
 */
final class QuotaRollup {
  private QuotaRollup() {}

  /**
   * The converted quotas by staff member and period label; a row whose rate is missing goes to
   * `missingRate` instead.
   */
  static Map<UUID, Map<String, BigDecimal>> byStaff(
      List<ForecastQueries.QuotaRow> rows, Consumer<ForecastQueries.QuotaRow> missingRate) {
    Map<UUID, Map<String, BigDecimal>> quotas = new HashMap<>();
    for (ForecastQueries.QuotaRow q : rows) {
      if (q.missingRate() != null) {
        missingRate.accept(q);
      } else {
        quotas.computeIfAbsent(q.staffId(), k -> new HashMap<>()).put(q.period(), q.amount());
      }
    }
    return quotas;
  }

  /**
   * The quota of a staff member's whole team: their own for the period, else the sum of their
   * direct reports' (null when none is set). The forecast's total and the snapshots use it.
   */
  static BigDecimal team(
      Map<UUID, Map<String, BigDecimal>> quotas,
      UUID staff,
      List<UUID> reports,
      FiscalPeriod period) {
    BigDecimal own = resolve(quotas.get(staff), period);
    if (own != null) {
      return own;
    }
    return reports.stream()
        .map(r -> resolve(quotas.get(r), period))
        .filter(Objects::nonNull)
        .reduce(BigDecimal::add)
        .orElse(null);
  }

  /**
   * The part of a team's quota that no direct report holds (negative when the reports hold more);
   * null without a team quota.
   */
  static BigDecimal unallocated(
      BigDecimal teamQuota, List<UUID> reports, Map<UUID, BigDecimal> resolved) {
    if (teamQuota == null) {
      return null;
    }
    return reports.stream()
        .map(resolved::get)
        .filter(Objects::nonNull)
        .reduce(teamQuota, BigDecimal::subtract);
  }

  /**
   * The quota of exactly this period; else, for a year, the sum of its halves' (each resolved the
   * same way) and, for a half, of its quarters'; null when none of them is set. Months have none.
   */
  static BigDecimal resolve(Map<String, BigDecimal> quotas, FiscalPeriod period) {
    if (quotas == null) {
      return null;
    }
    return resolve(quotas, period.label(), period.kind());
  }

  private static BigDecimal resolve(
      Map<String, BigDecimal> quotas, String label, FiscalPeriod.Kind kind) {
    if (quotas.containsKey(label)) {
      return quotas.get(label);
    }
    String year = label.substring(0, 4);
    List<BigDecimal> parts =
        switch (kind) {
          case YEAR ->
              List.of(year + "-H1", year + "-H2").stream()
                  .map(h -> resolve(quotas, h, FiscalPeriod.Kind.HALF))
                  .toList();
          case HALF ->
              (label.endsWith("H1") ? List.of("Q1", "Q2") : List.of("Q3", "Q4"))
                  .stream().map(q -> quotas.get(year + "-" + q)).toList();
          default -> List.of();
        };
    return parts.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
  }
}
