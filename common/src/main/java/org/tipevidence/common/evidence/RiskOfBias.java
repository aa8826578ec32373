package org.tipevidence.common.evidence;

import java.util.Optional;

/** Overall risk-of-bias judgement, using the Cochrane RoB 2 three-level scale. */
public enum RiskOfBias implements Coded {
  LOW("low", "Low risk of bias"),
  SOME_CONCERNS("some_concerns", "Some concerns"),
  HIGH("high", "High risk of bias");

  private final String code;
  private final String label;

  RiskOfBias(String code, String label) {
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

  public static Optional<RiskOfBias> fromCode(String code) {
    return Coded.lookup(RiskOfBias.class, code);
  }
}
