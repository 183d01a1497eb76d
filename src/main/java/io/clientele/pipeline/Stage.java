package io.clientele.pipeline;

import io.clientele.common.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Optional;

/** A configurable pipeline stage. Its key is what opportunities store and callers send. */
@Entity
@Table(name = "pipeline_stage")
public class Stage extends VersionedEntity {
  public String key;
  public String label;
  public int position;

  @Column(name = "default_probability")
  public int defaultProbability;

  @Enumerated(EnumType.STRING)
  @Column(name = "forecast_category")
  public ForecastCategory forecastCategory;

  public boolean closed;
  public boolean won;
  public boolean retired;

  public boolean lost() {
    return closed && !won;
  }

  public static Optional<Stage> byKey(String key) {
    return find("key", key).firstResultOptional();
  }
}
