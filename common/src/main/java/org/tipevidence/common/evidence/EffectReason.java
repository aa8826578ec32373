package org.tipevidence.common.evidence;

import java.util.Optional;

/** Why an effect size could not be computed; written to quarantine as {@code reason_code}. */
public enum EffectReason implements Coded {
  MISSING_EFFECT_MEASURE("missing_effect_measure", "No effect measure declared"),
  UNKNOWN_EFFECT_MEASURE("unknown_effect_measure", "Effect measure code not recognised"),
  MEASURE_NOT_APPLICABLE("measure_not_applicable", "Measure cannot be computed from this data"),
  NON_FINITE_VALUE("non_finite_value", "A numeric input is missing, NaN or infinite"),
  NON_POSITIVE_TOTAL("non_positive_total", "An arm has no participants"),
  NEGATIVE_EVENTS("negative_events", "An event count is negative"),
  EVENTS_EXCEED_TOTAL("events_exceed_total", "More events than participants in an arm"),
  ARM_TOO_SMALL("arm_too_small", "An arm is too small to estimate a standard deviation"),
  NON_POSITIVE_SD("non_positive_sd", "A standard deviation is zero or negative"),
  NON_POSITIVE_VARIANCE("non_positive_variance", "Sampling variance or SE is zero or negative"),
  NON_POSITIVE_RATIO("non_positive_ratio", "A ratio estimate or CI bound is zero or negative"),
  CI_NOT_ORDERED("ci_not_ordered", "CI lower bound is not below the upper bound"),
  CI_EXCLUDES_ESTIMATE("ci_excludes_estimate", "Estimate lies outside its own CI");

  private final String code;
  private final String label;

  EffectReason(String code, String label) {
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

  public static Optional<EffectReason> fromCode(String code) {
    return Coded.lookup(EffectReason.class, code);
  }
}
