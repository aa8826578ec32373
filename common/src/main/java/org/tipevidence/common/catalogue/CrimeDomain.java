package org.tipevidence.common.catalogue;

import java.util.Optional;

/**
 * Which crimes a catalogue series can carry evidence about: trafficking in persons only, smuggling
 * of migrants only, or both (e.g. rule-of-law and migration-governance series).
 */
public enum CrimeDomain {
  TIP,
  SOM,
  BOTH;

  /** Whether an observation of the given crime type may be mapped to a series of this domain. */
  public boolean allows(CrimeType crimeType) {
    if (crimeType == null) {
      return false;
    }
    return this == BOTH || name().equals(crimeType.name());
  }

  /**
   * String form of {@link #allows(CrimeType)}: {@code "TIP"} or {@code "SOM"} (exact codes);
   * anything else, including {@code "BOTH"}, is not an observation crime type and gives false.
   */
  public boolean allows(String crimeType) {
    return CrimeType.parse(crimeType).map(this::allows).orElse(false);
  }

  public static Optional<CrimeDomain> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    for (CrimeDomain d : values()) {
      if (d.name().equals(raw.strip())) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
