package org.tipevidence.common.codes;

import java.text.Normalizer;
import java.util.Locale;

/** Shared label clean-up for the code-list normalisers. */
final class Labels {
  private Labels() {}

  /**
   * Lower-cases, strips accents and surrounding blanks, turns non-breaking spaces and runs of
   * whitespace into one space. {@code null} becomes the empty string (blank = total).
   */
  static String key(String raw) {
    if (raw == null) {
      return "";
    }
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.replace('\u00a0', ' ').replace('\u2013', '-').replace('\u2014', '-');
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
