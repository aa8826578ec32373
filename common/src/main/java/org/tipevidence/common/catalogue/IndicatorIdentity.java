package org.tipevidence.common.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a national file that reuses an SDG indicator's code holds that indicator, judged from its
 * metadata (docs/national-data.md, "Same code, different indicator"). A file is another indicator
 * when its metadata flags it as national ({@code reporting_type: national}, {@code
 * national_indicator: true}), names another SDG code ({@code SDG_INDICATOR}, {@code
 * indicator_number}), or gives a unit that the unit table recognises and none of the indicator's
 * series has (km² under 16.2.2). An unknown unit counts only together with a title and definition
 * that share no term with the catalogue's indicator text: a title alone may be a translation.
 */
public final class IndicatorIdentity {
  private static final Pattern CODE = Pattern.compile("\\b(\\d{1,2}\\.\\d{1,2}\\.\\d{1,2})\\b");
  private static final List<String> TITLE_FIELDS =
      List.of(
          "graph_title",
          "indicator_name",
          "title",
          "SDG_INDICATOR",
          "indicator_available",
          "national_indicator_description",
          "STAT_CONC_DEF",
          "definition");
  private static final Set<String> GENERIC =
      Set.of(
          "number",
          "numbers",
          "proportion",
          "percentage",
          "percent",
          "share",
          "rate",
          "total",
          "years",
          "aged",
          "persons",
          "people",
          "population",
          "national",
          "indicator",
          "global",
          "with",
          "from",
          "that",
          "which",
          "their",
          "other",
          "over",
          "under",
          "within",
          "during",
          "country",
          "countries",
          "year",
          "level",
          "form",
          "forms",
          "type",
          "types");

  private IndicatorIdentity() {}

  /**
   * @param units the vocabulary units of the indicator's catalogue series (NUMBER, PER_100000_POP)
   * @return what in the metadata says the file is not {@code indicator}; empty when it may be
   */
  public static Optional<String> mismatch(
      SdgIndicator indicator, Set<String> units, Map<String, String> meta) {
    String code = indicator.code();
    String flag = meta.getOrDefault("reporting_type", "").strip().toLowerCase(Locale.ROOT);
    if (flag.equals("national")) {
      return Optional.of("its metadata says reporting_type: national");
    }
    String national = meta.getOrDefault("national_indicator", "").strip().toLowerCase(Locale.ROOT);
    if (national.equals("true") || national.equals("yes")) {
      return Optional.of("its metadata says national_indicator: " + national);
    }
    for (String key : List.of("SDG_INDICATOR", "indicator_number")) {
      Matcher m = CODE.matcher(meta.getOrDefault(key, ""));
      if (m.find() && !m.group(1).equals(code)) {
        return Optional.of("its metadata " + key + " names indicator " + m.group(1));
      }
    }
    Optional<String> label = NationalMetadata.unitLabel(meta);
    Optional<String> unit = label.flatMap(UnitLabels::unit);
    if (unit.isPresent() && !units.contains(unit.get())) {
      return Optional.of(
          "its unit '" + label.get() + "' (" + unit.get() + ") is none of " + code + "'s " + units);
    }
    if (label.isPresent() && unit.isEmpty()) {
      String title = title(meta);
      if (!title.isEmpty() && shared(title, indicator.text()).isEmpty()) {
        return Optional.of(
            "its unit '"
                + label.get()
                + "' is not in the unit table and its title '"
                + title
                + "' shares no term with '"
                + indicator.text()
                + "'");
      }
    }
    return Optional.empty();
  }

  /** The metadata's title and definition text, translation keys skipped. */
  static String title(Map<String, String> meta) {
    List<String> parts = new ArrayList<>();
    for (String key : TITLE_FIELDS) {
      String v = meta.getOrDefault(key, "").strip();
      if (!v.isEmpty() && !v.matches("[a-z_]+\\.[a-z0-9_.-]+")) {
        parts.add(v);
      }
    }
    return String.join(" / ", parts);
  }

  /** Content words (4+ letters, not generic) the two texts share. */
  static Set<String> shared(String a, String b) {
    Set<String> words = words(a);
    words.retainAll(words(b));
    return words;
  }

  private static Set<String> words(String text) {
    Set<String> out = new TreeSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 4 && !GENERIC.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
