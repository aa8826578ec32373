package org.tipevidence.common.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The versioned SDG catalogue: targets, their indicators and the indicators' series. Immutable;
 * build it with {@link SdgCatalogueLoader}.
 */
public final class SdgCatalogue {
  private final String version;
  private final List<SdgTarget> targets;
  private final Map<String, SdgTarget> targetsByCode = new LinkedHashMap<>();
  private final Map<String, SdgIndicator> indicatorsByCode = new LinkedHashMap<>();
  private final Map<String, SdgSeries> seriesByCode = new LinkedHashMap<>();

  /**
   * @throws IllegalArgumentException on duplicate target, indicator or series codes
   */
  public SdgCatalogue(String version, List<SdgTarget> targets) {
    this.version = Objects.requireNonNull(version, "version");
    this.targets = List.copyOf(targets);
    for (SdgTarget t : this.targets) {
      putUnique(targetsByCode, t.code(), t, "target");
      for (SdgIndicator i : t.indicators()) {
        putUnique(indicatorsByCode, i.code(), i, "indicator");
        for (SdgSeries s : i.series()) {
          putUnique(seriesByCode, s.code(), s, "series");
        }
      }
    }
  }

  private static <T> void putUnique(Map<String, T> map, String key, T value, String what) {
    if (map.putIfAbsent(key, value) != null) {
      throw new IllegalArgumentException("duplicate " + what + " code " + key);
    }
  }

  /** Catalogue version, e.g. {@code 2026.11.0}; recorded in every run manifest. */
  public String version() {
    return version;
  }

  public List<SdgTarget> targets() {
    return targets;
  }

  /** All indicators, official and complementary, in catalogue order. */
  public List<SdgIndicator> indicators() {
    return List.copyOf(indicatorsByCode.values());
  }

  /** All series in catalogue order. */
  public List<SdgSeries> series() {
    return List.copyOf(seriesByCode.values());
  }

  public Optional<SdgTarget> target(String targetCode) {
    return Optional.ofNullable(targetsByCode.get(targetCode));
  }

  public Optional<SdgIndicator> indicator(String indicatorCode) {
    return Optional.ofNullable(indicatorsByCode.get(indicatorCode));
  }

  public Optional<SdgSeries> series(String seriesCode) {
    return Optional.ofNullable(seriesByCode.get(seriesCode));
  }

  /** The target an indicator belongs to, e.g. {@code 16.2.2} → target {@code 16.2}. */
  public Optional<SdgTarget> targetOf(String indicatorCode) {
    return indicator(indicatorCode).map(i -> targetsByCode.get(i.targetCode()));
  }

  /** The indicator a series belongs to. */
  public Optional<SdgIndicator> indicatorOf(String seriesCode) {
    return series(seriesCode).map(s -> indicatorsByCode.get(s.indicatorCode()));
  }

  /** Codes of all complementary ({@code PRG_}) series. */
  public List<String> complementarySeriesCodes() {
    List<String> out = new ArrayList<>();
    for (SdgSeries s : seriesByCode.values()) {
      if (s.complementary()) {
        out.add(s.code());
      }
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "SdgCatalogue[version="
        + version
        + ", targets="
        + targetsByCode.size()
        + ", indicators="
        + indicatorsByCode.size()
        + ", series="
        + seriesByCode.size()
        + "]";
  }
}
