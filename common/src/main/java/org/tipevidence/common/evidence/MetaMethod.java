package org.tipevidence.common.evidence;

import java.util.Optional;

/** How between-study heterogeneity is handled when pooling. */
public enum MetaMethod implements Coded {
  EE("ee", "Equal effects (inverse variance; metafor's EE, formerly FE)"),
  DL("dl", "Random effects, DerSimonian-Laird"),
  REML("reml", "Random effects, restricted maximum likelihood"),
  PM("pm", "Random effects, Paule-Mandel"),
  SJ("sj", "Random effects, Sidik-Jonkman");

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

  /** Looks a method up by code; {@code fe} is accepted as metafor's old name of {@code ee}. */
  public static Optional<MetaMethod> fromCode(String code) {
    return "fe".equals(code) ? Optional.of(EE) : Coded.lookup(MetaMethod.class, code);
  }

  /** The codes, for messages and option help: {@code ee, dl, reml, pm, sj}. */
  public static String codes() {
    return String.join(
        ", ", java.util.Arrays.stream(values()).map(MetaMethod::code).toArray(String[]::new));
  }
}
