package org.tipevidence.common.iati;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgIndicator;
import org.tipevidence.common.catalogue.mapping.IndicatorMapping;
import org.tipevidence.common.catalogue.mapping.MappedIndicator;
import org.tipevidence.common.catalogue.mapping.Scaling;
import org.tipevidence.common.iati.IatiFact.Indicator;
import org.tipevidence.common.iati.IatiFact.Reference;

/**
 * What the IATI translation needs of the indicator mapping and the catalogue, small and
 * serialisable so a Spark task carries it (built once on the driver).
 *
 * <p>Resolution order (docs/INPUTS.md, IATI): a {@code reference} whose code is a mapping {@code
 * local_code} (any vocabulary but 9); else the indicator title equal to a mapping {@code name} or
 * {@code local_code} (case and spacing ignored); else an SDG reference (vocabulary 9) to a
 * catalogue indicator, through the one mapping entry with {@code scaling: none} that feeds it. An
 * explicit local match must agree with an SDG reference when both are given.
 */
public final class IatiIndicatorIndex implements Serializable {
  /** IATI IndicatorVocabulary code for SDG indicators. */
  public static final String SDG_VOCABULARY = "9";

  /** What the translation checks of a mapping entry. */
  public record Entry(String localCode, String sdgIndicator, String unit, String direction)
      implements Serializable {}

  /** A resolved local code, or the reason (reason code and detail) it could not be resolved. */
  public record Resolution(Entry entry, String error) {}

  private final Map<String, Entry> byCode = new HashMap<>();
  private final Map<String, String> byName = new HashMap<>();
  private final Map<String, List<String>> bySdg = new HashMap<>();
  private final Set<String> catalogueIndicators = new TreeSet<>();

  public IatiIndicatorIndex(IndicatorMapping mapping, SdgCatalogue catalogue) {
    for (MappedIndicator m : mapping.indicators()) {
      Entry e = new Entry(m.localCode(), m.sdgIndicator(), m.unit().name(), m.direction().json());
      byCode.putIfAbsent(m.localCode(), e);
      byName.putIfAbsent(normal(m.localCode()), m.localCode());
      if (m.name() != null) {
        byName.putIfAbsent(normal(m.name()), m.localCode());
      }
      if (m.scaling() == Scaling.NONE) {
        bySdg.computeIfAbsent(m.sdgIndicator(), k -> new ArrayList<>()).add(m.localCode());
      }
    }
    for (SdgIndicator i : catalogue.indicators()) {
      catalogueIndicators.add(i.code());
    }
  }

  public Resolution resolve(Indicator indicator) {
    String sdg = null;
    Entry local = null;
    for (Reference r : indicator.references()) {
      if (SDG_VOCABULARY.equals(r.vocabulary())) {
        sdg = sdg == null ? r.code() : sdg;
      } else if (local == null && r.code() != null && byCode.containsKey(r.code())) {
        local = byCode.get(r.code());
      }
    }
    if (local == null && indicator.title() != null) {
      String code = byName.get(normal(indicator.title()));
      local = code == null ? null : byCode.get(code);
    }
    if (local != null) {
      if (sdg != null && !sdg.equals(local.sdgIndicator())) {
        return error(
            "mapping_mismatch: the indicator references SDG "
                + sdg
                + " but its mapping entry "
                + local.localCode()
                + " feeds SDG "
                + local.sdgIndicator());
      }
      return new Resolution(local, null);
    }
    if (sdg == null) {
      return error(
          "unmapped_indicator: indicator '"
              + indicator.title()
              + "' has no SDG reference (vocabulary 9), and neither a reference code nor its title"
              + " is an indicator-map.json local_code or name");
    }
    if (!catalogueIndicators.contains(sdg)) {
      return error("unmapped_indicator: SDG reference '" + sdg + "' is not a catalogue indicator");
    }
    List<String> candidates = bySdg.getOrDefault(sdg, List.of());
    if (candidates.size() == 1) {
      return new Resolution(byCode.get(candidates.get(0)), null);
    }
    return error(
        "unmapped_indicator: SDG "
            + sdg
            + (candidates.isEmpty()
                ? " has no indicator-map.json entry (with scaling none) to give its unit,"
                    + " aggregation and crime type"
                : " is fed by several mapping entries " + candidates)
            + "; add a reference vocabulary=\"99\" whose code is the local_code");
  }

  private static Resolution error(String error) {
    return new Resolution(null, error);
  }

  private static String normal(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
