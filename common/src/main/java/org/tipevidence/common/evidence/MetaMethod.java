package org.tipevidence.common.evidence;

import java.util.Optional;

/** How between-study heterogeneity is handled when pooling. */
public enum MetaMethod implements Coded {
  FE("fe", "Fixed effect (inverse variance)"),
  DL("dl", "Random effects, DerSimonian-Laird"),
  REML("reml", "Random effects, restricted maximum likelihood");

  private final String code;
  private final String label;

  MetaMethod(String code, String label) {
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

  public static Optional<MetaMethod> fromCode(String code) {
    return Coded.lookup(MetaMethod.class, code);
  }
}
