package org.tipevidence.common.catalogue;

import java.util.Locale;
import java.util.Optional;

/**
 * The crime an observation is about: trafficking in persons ({@code TIP}) or smuggling of migrants
 * ({@code SOM}). An observation is always exactly one of them; see {@link CrimeDomain} for what a
 * series admits.
 */
public enum CrimeType {
  TIP,
  SOM;

  /**
   * Parses the exact code {@code TIP} or {@code SOM} (surrounding blanks ignored, case-sensitive).
   */
  public static Optional<CrimeType> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    for (CrimeType t : values()) {
      if (t.name().equals(s)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #parse} but ignores case ({@code "tip"} → {@code TIP}). */
  public static Optional<CrimeType> parseLenient(String raw) {
    return raw == null ? Optional.empty() : parse(raw.strip().toUpperCase(Locale.ROOT));
  }
}
