package org.tipevidence.common.progress;

import java.io.Serializable;
import java.util.Objects;

/**
 * Result of one progress assessment. Boxed numbers are null when the method did not compute them,
 * which maps directly onto nullable Parquet columns.
 *
 * @param status method-neutral status (see {@link ProgressStatus} for each method's mapping)
 * @param reason why no verdict was possible; null unless status is insufficient_data or
 *     not_assessable
 * @param cagrActual observed CAGR base→latest, when defined (for open_sdg after its 0.001 zero
 *     substitution)
 * @param cagrRequired CAGR base→target needed by the target year, when there is a target and it is
 *     defined
 * @param ratio the method's decisive progress value: open_sdg R (with target) or p (without);
 *     unsd_2022 CR; expected_2030 P (with target) or the direction-adjusted CAGR (without)
 * @param score Open SDG score in [-5, 5]; null for the other methods and when not assessed
 * @param method stable method name, e.g. {@code open_sdg}
 */
public record ProgressAssessment(
    ProgressStatus status,
    String reason,
    Double cagrActual,
    Double cagrRequired,
    Double ratio,
    Double score,
    String method)
    implements Serializable {

  public ProgressAssessment {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(method, "method");
  }

  static ProgressAssessment insufficientData(String method, String reason) {
    return new ProgressAssessment(
        ProgressStatus.INSUFFICIENT_DATA, reason, null, null, null, null, method);
  }

  static ProgressAssessment notAssessable(
      String method, String reason, Double cagrActual, Double cagrRequired) {
    return new ProgressAssessment(
        ProgressStatus.NOT_ASSESSABLE, reason, cagrActual, cagrRequired, null, null, method);
  }
}
