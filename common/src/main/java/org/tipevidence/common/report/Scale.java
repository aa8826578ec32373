package org.tipevidence.common.report;

import java.util.ArrayList;
import java.util.List;

/** A linear map from data values to pixels, with "nice" tick values (1, 2, 5 × 10^k). */
public record Scale(double min, double max, double from, double to) {

  /** A scale covering {@code lo..hi} (padded when equal) onto pixels {@code from..to}. */
  public static Scale of(double lo, double hi, double from, double to) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      lo = 0;
      hi = 1;
    }
    if (hi - lo < 1e-12) {
      double pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
      lo -= pad;
      hi += pad;
    }
    return new Scale(lo, hi, from, to);
  }

  public double at(double value) {
    return from + (value - min) / (max - min) * (to - from);
  }

  /** About {@code count} round tick values inside the range. */
  public List<Double> ticks(int count) {
    double span = max - min;
    double raw = span / Math.max(1, count);
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude;
    for (double m : new double[] {1, 2, 5, 10}) {
      if (raw <= m * magnitude) {
        step = m * magnitude;
        break;
      }
    }
    List<Double> ticks = new ArrayList<>();
    for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
      ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return ticks;
  }
}
