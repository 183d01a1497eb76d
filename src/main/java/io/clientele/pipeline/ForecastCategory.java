package io.clientele.pipeline;

/** Where a deal counts in a forecast; spelled as in JSON and the database. */
public enum ForecastCategory {
  pipeline,
  best_case,
  commit,
  closed,
  omitted
}
