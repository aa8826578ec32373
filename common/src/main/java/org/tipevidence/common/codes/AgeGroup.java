package org.tipevidence.common.codes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SDMX {@code AGE} codes used by the catalogue's series. Pattern: {@code Y<a>T<b>} = aged a to b
 * inclusive, {@code Y_GE<a>} = a and over, {@code _T} = all ages, {@code _U} = unknown.
 *
 * <ul>
 *   <li>trafficking (16.2.2 VC_HTF_*, GLOTIP): {@code Y0T17} children, {@code Y_GE18} adults
 *   <li>child labour 8.7.1: {@code Y5T17} and its ILO bands {@code Y5T11}, {@code Y12T14}, {@code
 *       Y15T17}; non-standard national bands {@code Y5T14}, {@code Y6T17}, {@code Y7T17}, {@code
 *       Y10T17} seen in the UN SDG database
 *   <li>5.2/5.3: {@code Y_GE15}, {@code Y15T49}, {@code Y15T19}, {@code Y20T24}
 *   <li>16.2.1: {@code Y1T14}, {@code Y2T14}, {@code Y1T4}, {@code Y0T14}; 16.2.3: {@code Y18T29}
 *   <li>{@code Y0T4} (UN SDG {@code <5Y})
 * </ul>
 *
 * Any other band (e.g. a national "25 to 34") is not in the list, so {@link #normalise} returns
 * empty and the record is quarantined rather than silently re-banded.
 */
public enum AgeGroup implements CodeLabel.Carrier {
  TOTAL("_T", "All ages"),
  Y0T17("Y0T17", "Under 18 years"),
  Y_GE18("Y_GE18", "18 years and over"),
  Y5T17("Y5T17", "5 to 17 years"),
  Y5T11("Y5T11", "5 to 11 years"),
  Y12T14("Y12T14", "12 to 14 years"),
  Y15T17("Y15T17", "15 to 17 years"),
  Y5T14("Y5T14", "5 to 14 years"),
  Y6T17("Y6T17", "6 to 17 years"),
  Y7T17("Y7T17", "7 to 17 years"),
  Y10T17("Y10T17", "10 to 17 years"),
  Y_GE15("Y_GE15", "15 years and over"),
  Y15T49("Y15T49", "15 to 49 years"),
  Y15T19("Y15T19", "15 to 19 years"),
  Y20T24("Y20T24", "20 to 24 years"),
  Y18T29("Y18T29", "18 to 29 years"),
  Y0T14("Y0T14", "Under 15 years"),
  Y1T14("Y1T14", "1 to 14 years"),
  Y2T14("Y2T14", "2 to 14 years"),
  Y1T4("Y1T4", "1 to 4 years"),
  Y0T4("Y0T4", "Under 5 years"),
  UNKNOWN("_U", "Unknown");

  private final CodeLabel codeLabel;

  private static final LabelIndex<AgeGroup> INDEX =
      new LabelIndex<>(values(), AgeGroup::code, AgeGroup::label);

  // "a to b", "a-b", "a_b" (UN SDG DDF), "a–b"
  private static final Pattern RANGE = Pattern.compile("(\\d{1,3}) ?(?:to|-|_|t) ?(\\d{1,3})");
  // "18+", "18 and over", "18 or over", "18 and older", "aged 18 and above", bare "18" (UN DDF)
  private static final Pattern AT_LEAST =
      Pattern.compile(
          "(?:aged )?(\\d{1,3}) ?(?:\\+|and over|or over|and older|or older|and above|or more)?");
  // "<18", "<18y", "lt18y" (UN DDF), "under 18", "less than 18", "below 18"
  private static final Pattern BELOW =
      Pattern.compile("(?:<|lt|under|less than|below|younger than) ?(\\d{1,3}) ?y?");
  // "17 and under", "17 or younger", "17 and below" (Open SDG sites): 0 to a inclusive
  private static final Pattern UP_TO =
      Pattern.compile(
          "(\\d{1,3}) ?(?:and under|or under|and younger|or younger|and below|or less)");

  static {
    INDEX.alias(TOTAL, "", "_t", "t", "total", "allage", "all ages", "all");
    INDEX.alias(
        UNKNOWN, "u", "_u", "unknown", "age not known", "not known", "age unknown", "not stated");
    // Palermo Protocol child = under 18; CTDC majorityStatus Minor/Adult; Moldova Children/Adults.
    INDEX.alias(Y0T17, "children", "child", "minor", "minors", "girls and boys", "0 to 17 years");
    INDEX.alias(Y_GE18, "adults", "adult", "18 years or over", "18 years and over", "ge18");
    INDEX.alias(Y_GE15, "ge15");
  }

  AgeGroup(String code, String label) {
    this.codeLabel = new CodeLabel(code, label);
  }

  @Override
  public CodeLabel codeLabel() {
    return codeLabel;
  }

  /** The entry for an exact SDMX code. */
  public static Optional<AgeGroup> fromCode(String code) {
    return INDEX.fromCode(code);
  }

  /**
   * Maps a raw label to its code: the SDMX code itself (any case), "0 to 17 years", "0-17",
   * "&lt;18Y", "lt18y", "Under 18", "17 Years and Under", "Children", "Minor" → Y0T17; "18 years or
   * over", "18+", "18" (UN DDF code), "Adults" → Y_GE18; "5-17"/"5_17" → Y5T17;
   * "Total"/"ALLAGE"/blank → _T; "Unknown"/"Age not known"/"u" → _U. The word "years"/"year"/"yrs"
   * and "old" are ignored. Bands outside the list → empty (quarantine as {@code
   * unknown_disaggregation_code}).
   */
  public static Optional<AgeGroup> normalise(String raw) {
    String k = Labels.key(raw);
    AgeGroup direct = INDEX.byKey(k);
    if (direct != null) {
      return Optional.of(direct);
    }
    String s = k.replaceAll("\\b(years?|yrs?|y\\.o\\.|old|of age)\\b", " ");
    s = s.strip().replaceAll("\\s+", " ");
    direct = INDEX.byKey(s);
    if (direct != null) {
      return Optional.of(direct);
    }
    Matcher m = RANGE.matcher(s);
    if (m.matches()) {
      return fromCode("Y" + Integer.parseInt(m.group(1)) + "T" + Integer.parseInt(m.group(2)));
    }
    m = BELOW.matcher(s);
    if (m.matches()) {
      int upper = Integer.parseInt(m.group(1)) - 1;
      return upper < 0 ? Optional.empty() : fromCode("Y0T" + upper);
    }
    m = UP_TO.matcher(s);
    if (m.matches()) {
      return fromCode("Y0T" + Integer.parseInt(m.group(1)));
    }
    m = AT_LEAST.matcher(s);
    if (m.matches()) {
      return fromCode("Y_GE" + Integer.parseInt(m.group(1)));
    }
    return Optional.empty();
  }
}
