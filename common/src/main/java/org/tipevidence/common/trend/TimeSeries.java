package org.tipevidence.common.trend;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Input preparation shared by the trend statistics. */
final class TimeSeries {

  final double[] years;
  final double[] values;

  private TimeSeries(double[] years, double[] values) {
    this.years = years;
    this.values = values;
  }

  int size() {
    return years.length;
  }

  /**
   * Pairs sorted by year (stable, so equal years keep input order), with pairs whose year or value
   * is not finite dropped: a gap in the data is a data condition, not an error. Arrays of different
   * length are a programming error.
   */
  static TimeSeries of(double[] years, double[] values) {
    if (years == null || values == null || years.length != values.length) {
      throw new IllegalArgumentException("years and values must be non-null and of equal length");
    }
    Integer[] idx =
        IntStream.range(0, years.length)
            .filter(i -> Double.isFinite(years[i]) && Double.isFinite(values[i]))
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(idx, Comparator.comparingDouble(i -> years[i]));
    double[] y = new double[idx.length];
    double[] v = new double[idx.length];
    for (int k = 0; k < idx.length; k++) {
      y[k] = years[idx[k]];
      v[k] = values[idx[k]];
    }
    return new TimeSeries(y, v);
  }
}
