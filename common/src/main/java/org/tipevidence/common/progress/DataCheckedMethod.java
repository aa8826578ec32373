package org.tipevidence.common.progress;

import java.util.Optional;

/**
 * The opening the progress methods share: a stable name, and "insufficient data" before any formula
 * runs. Subclasses assess input that has enough data points.
 */
abstract class DataCheckedMethod implements ProgressMethod {
  private final String name;

  DataCheckedMethod(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public ProgressAssessment assess(ProgressInput in) {
    Optional<String> insufficient = InputChecks.insufficientData(in);
    return insufficient.isPresent()
        ? ProgressAssessment.insufficientData(name, insufficient.get())
        : assessWithData(in);
  }

  /** Assesses input that has enough data points (see {@link InputChecks#insufficientData}). */
  abstract ProgressAssessment assessWithData(ProgressInput in);
}
