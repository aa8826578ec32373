package org.tipevidence.common.evidence;

import java.util.Optional;

/** Outcome domains for the evidence gap map, each with the direction that counts as benefit. */
public enum Outcome implements Coded {
  VICTIMS_IDENTIFIED("victims_identified", "Victims identified", BetterDirection.HIGHER),
  VICTIMS_REFERRED("victims_referred", "Victims referred to services", BetterDirection.HIGHER),
  // Fewer survivors trafficked again is the benefit, so a negative effect favours the programme.
  RE_TRAFFICKING("re_trafficking", "Re-trafficking", BetterDirection.LOWER),
  KNOWLEDGE_AND_ATTITUDES(
      "knowledge_and_attitudes", "Knowledge and attitudes", BetterDirection.HIGHER),
  SAFE_MIGRATION_DECISIONS(
      "safe_migration_decisions", "Safe migration decisions", BetterDirection.HIGHER),
  PROSECUTIONS("prosecutions", "Prosecutions", BetterDirection.HIGHER),
  CONVICTIONS("convictions", "Convictions", BetterDirection.HIGHER),
  INCOME("income", "Income", BetterDirection.HIGHER),
  WELLBEING("wellbeing", "Wellbeing", BetterDirection.HIGHER),
  REINTEGRATION("reintegration", "Reintegration", BetterDirection.HIGHER);

  private final String code;
  private final String label;
  private final BetterDirection betterDirection;

  Outcome(String code, String label, BetterDirection betterDirection) {
    this.code = code;
    this.label = label;
    this.betterDirection = betterDirection;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  public BetterDirection betterDirection() {
    return betterDirection;
  }

  /**
   * Whether a point effect (intervention minus comparator, log scale for ratios) lies on the
   * beneficial side of the null. Says nothing about precision; see {@link EffectDirection}.
   */
  public boolean favoursIntervention(double effect) {
    return betterDirection.sign() * effect > 0;
  }

  public static Optional<Outcome> fromCode(String code) {
    return Coded.lookup(Outcome.class, code);
  }
}
