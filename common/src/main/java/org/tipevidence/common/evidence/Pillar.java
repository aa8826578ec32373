package org.tipevidence.common.evidence;

import java.util.Optional;

/** The "4P" anti-trafficking paradigm (US TIP Office; Palermo Protocol plus partnership). */
public enum Pillar implements Coded {
  PREVENTION("prevention", "Prevention"),
  PROTECTION("protection", "Protection"),
  PROSECUTION("prosecution", "Prosecution"),
  PARTNERSHIP("partnership", "Partnership");

  private final String code;
  private final String label;

  Pillar(String code, String label) {
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

  public static Optional<Pillar> fromCode(String code) {
    return Coded.lookup(Pillar.class, code);
  }
}
