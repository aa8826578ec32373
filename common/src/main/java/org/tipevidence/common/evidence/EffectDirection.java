package org.tipevidence.common.evidence;

import java.util.Optional;

/**
 * What a pooled effect says about benefit, for the gap map's {@code direction} column. Only a
 * confidence interval that excludes the null earns a "favours" verdict.
 */
public enum EffectDirection implements Coded {
  FAVOURS_INTERVENTION("favours_intervention", "Favours intervention"),
  FAVOURS_COMPARATOR("favours_comparator", "Favours comparator"),
  NO_CLEAR_DIFFERENCE("no_clear_difference", "No clear difference"),
  NOT_ESTIMABLE("not_estimable", "Not estimable");

  private final String code;
  private final String label;

  EffectDirection(String code, String label) {
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

  /**
   * Classifies an effect (analysis scale, null = 0) with its confidence interval for an outcome.
   */
  public static EffectDirection of(Outcome outcome, double estimate, double ciLow, double ciHigh) {
    if (Double.isNaN(estimate) || Double.isNaN(ciLow) || Double.isNaN(ciHigh)) {
      return NOT_ESTIMABLE;
    }
    if (ciLow <= 0 && ciHigh >= 0) {
      return NO_CLEAR_DIFFERENCE;
    }
    return outcome.favoursIntervention(estimate) ? FAVOURS_INTERVENTION : FAVOURS_COMPARATOR;
  }

  public static Optional<EffectDirection> fromCode(String code) {
    return Coded.lookup(EffectDirection.class, code);
  }
}
