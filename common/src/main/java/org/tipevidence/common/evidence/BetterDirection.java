package org.tipevidence.common.evidence;

/**
 * Which side of the null effect is good news for an outcome. Every effect measure here is
 * "intervention minus comparator" (ratios on the log scale), so the null is always 0.
 */
public enum BetterDirection implements Coded {
  HIGHER("higher", "Higher is better", 1),
  LOWER("lower", "Lower is better", -1);

  private final String code;
  private final String label;
  private final int sign;

  BetterDirection(String code, String label, int sign) {
    this.code = code;
    this.label = label;
    this.sign = sign;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  /** +1 when larger effects are better, -1 when smaller effects are better. */
  public int sign() {
    return sign;
  }
}
