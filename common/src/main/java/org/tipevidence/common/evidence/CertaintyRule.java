package org.tipevidence.common.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence gap map's certainty label, a simplified, GRADE-inspired rule that a reader can
 * recompute from the published columns. It rates one body of evidence: the studies of one
 * intervention x outcome x crime type that report the cell's dominant effect measure, with that
 * measure's pooled (or single-study) estimate.
 *
 * <ol>
 *   <li><b>No study</b>: {@code no_evidence}, nothing else applies.
 *   <li><b>Starting level</b>: {@code high} when at least half of the studies are randomised
 *       controlled trials, otherwise {@code low} (GRADE starts non-randomised evidence low; here
 *       quasi-experimental, pre-post and observational designs all count as non-randomised).
 *   <li><b>Downgrades</b>, one level each, never below {@code very_low}:
 *       <ul>
 *         <li>{@code risk_of_bias}: fewer than half of the studies are at low risk of bias;
 *         <li>{@code inconsistency}: I² of 50% or more (only when two or more studies were pooled);
 *         <li>{@code imprecision}: the 95% CI includes the null (0 on the analysis scale) or cannot
 *             be computed;
 *         <li>{@code single_study}: one study only, so consistency cannot be judged at all.
 *       </ul>
 * </ol>
 *
 * <p>Unlike full GRADE there is no upgrading (large effect, dose-response) and no judgement of
 * indirectness or publication bias: those need a reviewer, not a formula. The thresholds (half, 50%
 * I²) follow the GRADE handbook's usual cut-offs for "serious" concerns.
 */
public final class CertaintyRule {

  /** I² (percent) at or above which inconsistency is serious. */
  public static final double SERIOUS_I2 = 50.0;

  private CertaintyRule() {}

  /** Why a rating was lowered; codes are published in {@code certainty_downgrades}. */
  public enum Downgrade implements Coded {
    RISK_OF_BIAS("risk_of_bias", "Fewer than half of the studies at low risk of bias"),
    INCONSISTENCY("inconsistency", "I² of 50% or more"),
    IMPRECISION("imprecision", "95% CI includes no effect or cannot be computed"),
    SINGLE_STUDY("single_study", "Only one study");

    private final String code;
    private final String label;

    Downgrade(String code, String label) {
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
  }

  /**
   * What the rule looks at.
   *
   * @param nStudies distinct studies in the body of evidence
   * @param nLowRiskOfBias of which at low risk of bias
   * @param nRct of which randomised controlled trials
   * @param i2 I² in percent; NaN when not pooled (one study)
   * @param ciLow lower bound of the 95% CI on the analysis scale (NaN when not estimable)
   * @param ciHigh upper bound of the 95% CI on the analysis scale (NaN when not estimable)
   */
  public record Evidence(
      int nStudies, int nLowRiskOfBias, int nRct, double i2, double ciLow, double ciHigh) {
    public Evidence {
      if (nStudies < 0
          || nLowRiskOfBias < 0
          || nRct < 0
          || nLowRiskOfBias > nStudies
          || nRct > nStudies) {
        throw new IllegalArgumentException(
            "need 0 <= n_low_risk_of_bias, n_rct <= n_studies, got %d, %d, %d"
                .formatted(nLowRiskOfBias, nRct, nStudies));
      }
    }
  }

  /**
   * The rating with how it was reached.
   *
   * @param certainty the label
   * @param startedHigh whether the starting level was {@code high} (mostly RCTs)
   * @param downgrades the downgrades applied, in the order listed in the class comment
   */
  public record Rating(Certainty certainty, boolean startedHigh, List<Downgrade> downgrades) {
    public Rating {
      downgrades = List.copyOf(downgrades);
    }

    /** Downgrade codes joined with ';' (empty string when none), as published. */
    public String downgradeCodes() {
      return String.join(";", downgrades.stream().map(Downgrade::code).toList());
    }
  }

  public static Rating assess(Evidence e) {
    if (e.nStudies() == 0) {
      return new Rating(Certainty.NO_EVIDENCE, false, List.of());
    }
    boolean startedHigh = 2 * e.nRct() >= e.nStudies();
    List<Downgrade> downgrades = new ArrayList<>();
    if (2 * e.nLowRiskOfBias() < e.nStudies()) {
      downgrades.add(Downgrade.RISK_OF_BIAS);
    }
    if (e.nStudies() > 1 && Double.isFinite(e.i2()) && e.i2() >= SERIOUS_I2) {
      downgrades.add(Downgrade.INCONSISTENCY);
    }
    boolean estimable = Double.isFinite(e.ciLow()) && Double.isFinite(e.ciHigh());
    if (!estimable || (e.ciLow() <= 0 && e.ciHigh() >= 0)) {
      downgrades.add(Downgrade.IMPRECISION);
    }
    if (e.nStudies() == 1) {
      downgrades.add(Downgrade.SINGLE_STUDY);
    }
    Certainty certainty = startedHigh ? Certainty.HIGH : Certainty.LOW;
    for (int i = 0; i < downgrades.size(); i++) {
      certainty = certainty.downgraded();
    }
    return new Rating(certainty, startedHigh, downgrades);
  }
}
