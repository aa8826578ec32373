package org.tipevidence.common.codes;

import java.util.Optional;

/**
 * SDMX {@code SEX} codes. Besides {@code F}, {@code M} and {@code _T} the list keeps the SDMX codes
 * {@code _O} (other) and {@code _U} (unknown), because real sources publish them (GLOTIP "Other",
 * "Unknown"; UN SDG {@code o}, {@code u}) and they explain why female + male ≠ total.
 */
public enum Sex implements CodeLabel.Carrier {
  FEMALE("F", "Female"),
  MALE("M", "Male"),
  TOTAL("_T", "Total"),
  OTHER("_O", "Other"),
  UNKNOWN("_U", "Unknown");

  private final CodeLabel codeLabel;

  private static final LabelIndex<Sex> INDEX = new LabelIndex<>(values(), Sex::code, Sex::label);

  static {
    INDEX.alias(FEMALE, "f", "female", "females", "women", "woman");
    INDEX.alias(MALE, "m", "male", "males", "men", "man");
    // Blank means total (Open SDG convention); BOTHSEX is the UN SDG API label.
    INDEX.alias(
        TOTAL,
        "",
        "_t",
        "t",
        "total",
        "bothsex",
        "both sexes",
        "both",
        "all",
        "all sexes",
        "persons",
        "all persons");
    INDEX.alias(OTHER, "o", "other");
    INDEX.alias(
        UNKNOWN, "u", "unknown", "not known", "sex not known", "not stated", "not specified");
  }

  Sex(String code, String label) {
    this.codeLabel = new CodeLabel(code, label);
  }

  @Override
  public CodeLabel codeLabel() {
    return codeLabel;
  }

  /**
   * The entry for an exact SDMX code ({@code F}, {@code M}, {@code _T}, {@code _O}, {@code _U}).
   */
  public static Optional<Sex> fromCode(String code) {
    return INDEX.fromCode(code);
  }

  /**
   * Maps a raw label to its code: the SDMX code itself, or labels seen in real data, case- and
   * blank-insensitive: "Female"/"FEMALE"/"f"/"Women" → F, "Male"/"Men" → M, "Total"/"BOTHSEX"/
   * "Both sexes"/blank/null → _T, "Other" → _O, "Unknown"/"u" → _U. Anything else → empty (the
   * caller quarantines the record as {@code unknown_disaggregation_code}).
   */
  public static Optional<Sex> normalise(String raw) {
    return INDEX.byLabel(raw);
  }
}
