package org.tipevidence.common.evidence;

import java.util.Optional;

/** Study design, ordered from strongest to weakest causal identification. */
public enum StudyDesign implements Coded {
  RCT("rct", "Randomised controlled trial"),
  QUASI_EXPERIMENTAL("quasi_experimental", "Quasi-experimental"),
  PRE_POST("pre_post", "Pre-post (no comparison group)"),
  OBSERVATIONAL("observational", "Observational");

  private final String code;
  private final String label;

  StudyDesign(String code, String label) {
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

  public static Optional<StudyDesign> fromCode(String code) {
    return Coded.lookup(StudyDesign.class, code);
  }
}
