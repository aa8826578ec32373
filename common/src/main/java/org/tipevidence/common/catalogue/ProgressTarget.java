package org.tipevidence.common.catalogue;

import java.util.Objects;
import org.tipevidence.common.codes.Direction;

/**
 * The framework's target for an indicator, as used by progress assessment.
 *
 * @param label the target as written in the source, e.g. {@code "0%"}, {@code "Decrease"}
 * @param value the numeric target in the series' unit, or {@code null} when only a direction is
 *     given (Open SDG method 1, "no target")
 * @param direction desired direction of change
 * @param year target year (2030, or 2025 for child labour under 8.7)
 * @param source where the target was taken from
 */
public record ProgressTarget(
    String label, Double value, Direction direction, int year, String source) {

  public ProgressTarget {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(direction, "direction");
  }

  public boolean hasValue() {
    return value != null;
  }
}
