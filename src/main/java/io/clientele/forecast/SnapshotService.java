package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import io.clientele.staff.Caller;
import io.clientele.staff.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The snapshots a caller takes and reads. */
@ApplicationScoped
public class SnapshotService {
  private final ForecastSnapshots snapshots;
  private final SnapshotQueries queries;
  private final ForecastService forecasts;
  private final Caller caller;

  public SnapshotService(
      ForecastSnapshots snapshots,
      SnapshotQueries queries,
      ForecastService forecasts,
      Caller caller) {
    this.snapshots = snapshots;
    this.queries = queries;
    this.forecasts = forecasts;
    this.caller = caller;
  }

  /** A director snapshots their team (themselves and everyone below), an admin everyone. */
  @Transactional
  public ForecastSnapshots.Taken take(FiscalPeriod period) {
    UUID root = caller.is(Roles.ADMIN) ? null : caller.staffId();
    return snapshots.take(period, root, true);
  }

  /** A staff member's snapshots of the period, oldest first: the forecast's trend. */
  public List<SnapshotDto> series(FiscalPeriod period, UUID staffId) {
    return queries.series(forecasts.whose(staffId), period);
  }
}
