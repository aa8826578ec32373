package org.tipevidence.common.evidence;

import java.util.List;
import java.util.function.Function;

/**
 * BCG vaccine trials ({@code metadat::dat.bcg} = {@code dat.colditz1994}; Colditz et al. 1994),
 * with the per-trial log RR oracles of methods.md §3.3. Arm 1 = vaccinated, arm 2 = control.
 */
final class Bcg {

  record Trial(int trial, String author, int year, long tpos, long tneg, long cpos, long cneg) {
    long vaccinated() {
      return tpos + tneg;
    }

    long controls() {
      return cpos + cneg;
    }
  }

  static final List<Trial> TRIALS =
      List.of(
          new Trial(1, "Aronson", 1948, 4, 119, 11, 128),
          new Trial(2, "Ferguson & Simes", 1949, 6, 300, 29, 274),
          new Trial(3, "Rosenthal et al", 1960, 3, 228, 11, 209),
          new Trial(4, "Hart & Sutherland", 1977, 62, 13536, 248, 12619),
          new Trial(5, "Frimodt-Moller et al", 1973, 33, 5036, 47, 5761),
          new Trial(6, "Stein & Aronson", 1953, 180, 1361, 372, 1079),
          new Trial(7, "Vandiviere et al", 1973, 8, 2537, 10, 619),
          new Trial(8, "TPT Madras", 1980, 505, 87886, 499, 87892),
          new Trial(9, "Coetzee & Berjak", 1968, 29, 7470, 45, 7232),
          new Trial(10, "Rosenthal et al", 1961, 17, 1699, 65, 1600),
          new Trial(11, "Comstock et al", 1974, 186, 50448, 141, 27197),
          new Trial(12, "Comstock & Webster", 1969, 5, 2493, 3, 2338),
          new Trial(13, "Comstock et al", 1976, 27, 16886, 29, 17825));

  /** Log RR per trial, 4 dp as printed by metafor [P]. */
  static final double[] LOG_RR_YI_4DP = {
    -0.8893, -1.5854, -1.3481, -1.4416, -0.2175, -0.7861, -1.6209, 0.0120, -0.4694, -1.3713,
    -0.3394, 0.4459, -0.0173
  };

  static final double[] LOG_RR_VI_4DP = {
    0.3256, 0.1946, 0.4154, 0.0200, 0.0512, 0.0069, 0.2230, 0.0040, 0.0564, 0.0730, 0.0124, 0.5325,
    0.0714
  };

  /** Log RR per trial, 6 dp computed from the escalc formulas [C]. */
  static final double[] LOG_RR_YI_6DP = {
    -0.889311, -1.585389, -1.348073, -1.441551, -0.217547, -0.786116, -1.620898, 0.011952,
    -0.469418, -1.371345, -0.339359, 0.445913, -0.017314
  };

  static final double[] LOG_RR_VI_6DP = {
    0.325585, 0.194581, 0.415368, 0.020010, 0.051210, 0.006906, 0.223017, 0.003962, 0.056434,
    0.073025, 0.012412, 0.532506, 0.071405
  };

  static List<EffectSize> effects(EffectMeasure measure) {
    Function<Trial, EffectResult> compute =
        t -> EffectSizes.fromTwoByTwo(measure, t.tpos(), t.vaccinated(), t.cpos(), t.controls());
    return TRIALS.stream().map(compute).map(r -> r.value().orElseThrow()).toList();
  }

  static double[] yi(List<EffectSize> effects) {
    return effects.stream().mapToDouble(EffectSize::yi).toArray();
  }

  static double[] vi(List<EffectSize> effects) {
    return effects.stream().mapToDouble(EffectSize::vi).toArray();
  }

  private Bcg() {}
}
