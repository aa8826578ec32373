package org.tipevidence.common.progress;

/**
 * A progress-assessment methodology. Implementations are stateless and thread-safe, and never throw
 * for data conditions: they report insufficient_data / not_assessable with a reason instead.
 */
public interface ProgressMethod {

  /** Stable name, as accepted by {@link ProgressMethods#byName(String)}. */
  String name();

  ProgressAssessment assess(ProgressInput input);
}
