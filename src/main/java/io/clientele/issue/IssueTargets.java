package io.clientele.issue;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;

/**
 * How long each severity gives before an issue is due (`clientele.issues.due.critical=P1D` ...): an
 * issue is due at the time it was raised plus its severity's target. The one home of due times.
 */
@ConfigMapping(prefix = "clientele.issues")
public interface IssueTargets {
  Due due();

  interface Due {
    @WithDefault("P1D")
    Duration critical();

    @WithDefault("P3D")
    Duration high();

    @WithDefault("P10D")
    Duration medium();

    @WithDefault("P30D")
    Duration low();
  }

  /** When an issue of `severity` raised at `raisedAt` is due. */
  default Instant dueAt(Instant raisedAt, IssueSeverity severity) {
    Duration target =
        switch (severity) {
          case critical -> due().critical();
          case high -> due().high();
          case medium -> due().medium();
          case low -> due().low();
        };
    return raisedAt.plus(target);
  }
}
