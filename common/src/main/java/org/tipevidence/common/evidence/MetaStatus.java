package org.tipevidence.common.evidence;

import java.util.Optional;

/** Outcome of a pooling attempt; tells readers which fields of a result are meaningful. */
public enum MetaStatus implements Coded {
  POOLED("pooled", "Pooled over two or more studies"),
  SINGLE_STUDY("single_study", "One study: its own estimate, nothing pooled"),
  NO_STUDIES("no_studies", "No studies to pool"),
  NOT_CONVERGED("not_converged", "REML did not converge; figures are from the last iterate");

  private final String code;
  private final String label;

  MetaStatus(String code, String label) {
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

  public static Optional<MetaStatus> fromCode(String code) {
    return Coded.lookup(MetaStatus.class, code);
  }
}
