package org.tipevidence.common.catalogue.mapping;

import org.tipevidence.common.progress.ProgressThresholds;

/**
 * Optional progress-assessment settings of one mapped indicator (Open SDG's per-indicator {@code
 * limit}, {@code progress_thresholds} and {@code base_year}); each null means the run's default.
 *
 * @param naturalLimit ceiling for an increasing, floor for a decreasing indicator (e.g. 100 or 0
 *     for a percentage); scales the no-target thresholds
 * @param thresholds cut points overriding the method defaults (Open SDG only)
 * @param baseYear base year of this indicator instead of the run's {@code --base-year}
 */
public record MappedProgress(Double naturalLimit, ProgressThresholds thresholds, Integer baseYear) {
  public static final MappedProgress NONE = new MappedProgress(null, null, null);

  public boolean isEmpty() {
    return naturalLimit == null && thresholds == null && baseYear == null;
  }
}
