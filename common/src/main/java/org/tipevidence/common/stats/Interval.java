package org.tipevidence.common.stats;

import java.io.Serializable;

/**
 * A two-sided interval (confidence or prediction), used by the MSE estimates and the evidence
 * pooling alike; both bounds NaN when not applicable.
 */
public record Interval(double low, double high) implements Serializable {

  /** No interval: both bounds NaN. */
  public static final Interval NONE = new Interval(Double.NaN, Double.NaN);

  /** {@code centre ± halfWidth}. */
  public static Interval around(double centre, double halfWidth) {
    return new Interval(centre - halfWidth, centre + halfWidth);
  }
}
