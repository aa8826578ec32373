package org.tipevidence.common.evidence;

import java.util.List;
import org.tipevidence.common.stats.Interval;

/**
 * Result of pooling one set of effects, on the analysis scale (log scale for ratio measures).
 * Inapplicable numbers are NaN, never a made-up 0: a single study has no tau2, no studies have no
 * estimate.
 *
 * @param status pooled, single_study, no_studies or not_converged
 * @param method estimator of tau2 (fixed effect has none)
 * @param knappHartung whether the Knapp-Hartung SE and t_{k-1} reference were used
 * @param k number of studies
 * @param estimate pooled effect
 * @param se its standard error (Knapp-Hartung SE when requested)
 * @param statistic z, or t with Knapp-Hartung
 * @param testDf degrees of freedom of t; NaN for a z test
 * @param pValue two-sided p-value of the test of no effect
 * @param ci 95% confidence interval of the pooled effect
 * @param pi 95% prediction interval for the true effect in a new study
 * @param heterogeneity Q, tau2, I2, H2
 * @param weightsPercent each study's share of the total weight, in input order, summing to 100
 * @param iterations REML Fisher-scoring iterations (0 for non-iterative methods)
 */
public record MetaResult(
    MetaStatus status,
    MetaMethod method,
    boolean knappHartung,
    int k,
    double estimate,
    double se,
    double statistic,
    double testDf,
    double pValue,
    Interval ci,
    Interval pi,
    Heterogeneity heterogeneity,
    List<Double> weightsPercent,
    int iterations) {

  public MetaResult {
    weightsPercent = List.copyOf(weightsPercent);
  }

  /** Whether the τ² estimator converged; only REML can fail to. */
  public boolean converged() {
    return status != MetaStatus.NOT_CONVERGED;
  }
}
