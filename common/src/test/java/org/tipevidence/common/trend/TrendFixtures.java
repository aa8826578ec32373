package org.tipevidence.common.trend;

import java.util.Arrays;

/** Series from methods.md §7.4 (t = 1..n). */
final class TrendFixtures {

  static final double[] ROW1 = {5, 7, 6, 8, 8, 10, 9, 12, 11, 13};
  static final double[] ROW2 = {10, 9, 11, 8, 7, 7, 6, 5};
  static final double[] ROW3 = {1, 2, 3, 4, 5};

  /** Uneven years; reference numbers from scipy.stats.linregress / theilslopes. */
  static final double[] UNEVEN_YEARS = {2010, 2012, 2015, 2016, 2020};

  static final double[] UNEVEN_VALUES = {3.0, 4.5, 4.0, 6.5, 7.0};

  private TrendFixtures() {}

  static double[] row(String name) {
    return switch (name) {
      case "row1" -> ROW1;
      case "row2" -> ROW2;
      case "row3" -> ROW3;
      default -> throw new IllegalArgumentException(name);
    };
  }

  static double[] oneToN(int n) {
    double[] t = new double[n];
    Arrays.setAll(t, i -> i + 1);
    return t;
  }
}
