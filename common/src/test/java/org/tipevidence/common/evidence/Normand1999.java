package org.tipevidence.common.evidence;

import java.util.List;

/**
 * First four studies of {@code metadat::dat.normand1999} (stroke care, length of stay), with the
 * Hedges' g oracles of methods.md §3.4 / §7.2. Arm 1 = specialist care, arm 2 = routine care.
 */
final class Normand1999 {

  record Study(
      int study, String source, long n1, double m1, double sd1, long n2, double m2, double sd2) {
    EffectResult hedgesG() {
      return EffectSizes.hedgesG(m1, sd1, n1, m2, sd2, n2);
    }
  }

  static final List<Study> STUDIES =
      List.of(
          new Study(1, "Edinburgh", 155, 55, 47, 156, 75, 64),
          new Study(2, "Orpington-Mild", 31, 27, 7, 32, 29, 4),
          new Study(3, "Orpington-Moderate", 75, 64, 17, 71, 119, 29),
          new Study(4, "Orpington-Severe", 18, 66, 20, 18, 137, 48));

  /** metafor {@code test_misc_escalc.r} [P]. */
  static final double[] G_4DP = {-0.3552, -0.3479, -2.3176, -1.8880};

  static final double[] V_4DP = {0.0131, 0.0645, 0.0458, 0.1606};

  /** Computed from the §3.1 formulas [C]. */
  static final double[] J_EXACT_6DP = {0.997571, 0.987646, 0.994781, 0.977750};

  static final double[] G_6DP = {-0.355170, -0.347940, -2.317569, -1.887982};

  static final double[] V_6DP = {0.013065, 0.064469, 0.045812, 0.160618};

  private Normand1999() {}
}
