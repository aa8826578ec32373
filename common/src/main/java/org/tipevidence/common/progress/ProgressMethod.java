package org.tipevidence.common.progress;

import java.io.Serializable;

/**
 * A progress-assessment methodology. Implementations are stateless and thread-safe, and never throw
 * for data conditions: they report insufficient_data / not_assessable with a reason instead.
 * Serializable so Spark can ship an instance inside a task closure.
 */
public interface ProgressMethod extends Serializable {

  /** Stable name, as accepted by {@link ProgressMethods#byName(String)}. */
  String name();

  ProgressAssessment assess(ProgressInput input);
}
