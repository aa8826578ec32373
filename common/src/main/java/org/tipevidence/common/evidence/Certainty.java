package org.tipevidence.common.evidence;

import java.util.Optional;

/**
 * How sure we are about an intervention's effect on an outcome, GRADE-style; assigned by {@link
 * CertaintyRule}. {@code no_evidence} marks an empty gap-map cell (no study at all).
 */
public enum Certainty implements Coded {
  HIGH("high", "High: further research is very unlikely to change the estimate"),
  MODERATE("moderate", "Moderate: further research may change the estimate"),
  LOW("low", "Low: further research is likely to change the estimate"),
  VERY_LOW("very_low", "Very low: any estimate is very uncertain"),
  NO_EVIDENCE("no_evidence", "No evidence: no study reports this intervention and outcome");

  private final String code;
  private final String label;

  Certainty(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  /** One level lower, stopping at {@link #VERY_LOW}; {@link #NO_EVIDENCE} stays as it is. */
  Certainty downgraded() {
    return switch (this) {
      case HIGH -> MODERATE;
      case MODERATE -> LOW;
      case LOW, VERY_LOW -> VERY_LOW;
      case NO_EVIDENCE -> NO_EVIDENCE;
    };
  }

  public static Optional<Certainty> fromCode(String code) {
    return Coded.lookup(Certainty.class, code);
  }
}
