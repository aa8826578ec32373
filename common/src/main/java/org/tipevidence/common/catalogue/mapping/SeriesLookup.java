package org.tipevidence.common.catalogue.mapping;

import java.util.Optional;
import java.util.stream.Collectors;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgIndicator;
import org.tipevidence.common.catalogue.SdgSeries;

/**
 * Finds a mapping entry's SDG indicator and series in the catalogue; when either is unknown or they
 * do not belong together, the fix names what the catalogue does have.
 */
final class SeriesLookup {
  private final SdgCatalogue cat;

  SeriesLookup(SdgCatalogue cat) {
    this.cat = cat;
  }

  /** The indicator, or null (reported) when {@code raw} is not in the catalogue. */
  SdgIndicator indicator(String raw, Optional<SdgSeries> series, String path, Problems sink) {
    if (raw == null) {
      return null;
    }
    Optional<SdgIndicator> ind = cat.indicator(raw);
    if (ind.isPresent()) {
      return ind.get();
    }
    String fix;
    if (cat.indicator(raw.strip()).isPresent()) {
      fix = "remove the blanks: \"" + raw.strip() + "\"";
    } else if (series.isPresent()) {
      fix =
          "series "
              + series.get().code()
              + " belongs to indicator "
              + series.get().indicatorCode()
              + ": set \"sdg_indicator\": \""
              + series.get().indicatorCode()
              + "\"";
    } else {
      int dot = raw.lastIndexOf('.');
      String target = dot > 0 ? raw.substring(0, dot) : raw;
      fix =
          cat.target(target)
              .map(
                  t ->
                      "target "
                          + t.code()
                          + " has indicators "
                          + t.indicators().stream()
                              .map(SdgIndicator::code)
                              .collect(Collectors.joining(", ")))
              .orElse(
                  "use an indicator of targets "
                      + cat.targets().stream()
                          .map(t -> t.code())
                          .collect(Collectors.joining(", ")));
    }
    sink.add(
        path + ".sdg_indicator",
        MappingProblem.Kind.UNKNOWN_INDICATOR,
        "unknown SDG indicator '" + raw + "' (not in catalogue " + cat.version() + ")",
        fix);
    return null;
  }

  /**
   * The series, or null (reported) when unknown; a series of another indicator is returned and
   * reported, so that the unit checks still run.
   */
  SdgSeries series(
      String raw, Optional<SdgSeries> found, SdgIndicator indicator, String path, Problems sink) {
    if (raw == null) {
      return null;
    }
    String ofIndicator =
        indicator == null
            ? ""
            : "; series of " + indicator.code() + ": " + String.join(", ", indicator.seriesCodes());
    if (found.isEmpty()) {
      boolean prg = raw.startsWith(SdgSeries.COMPLEMENTARY_PREFIX);
      sink.add(
          path + ".series_code",
          MappingProblem.Kind.UNKNOWN_SERIES,
          (prg ? "complementary series '" : "unknown series '")
              + raw
              + "' is not in catalogue "
              + cat.version(),
          (prg
                  ? "use a PRG_ series the catalogue defines ("
                      + String.join(", ", cat.complementarySeriesCodes())
                      + ") or add it to the catalogue as a complementary indicator first"
                  : "use a series code of the catalogue")
              + ofIndicator);
      return null;
    }
    SdgSeries s = found.get();
    if (indicator != null && !s.indicatorCode().equals(indicator.code())) {
      sink.add(
          path + ".series_code",
          MappingProblem.Kind.SERIES_NOT_UNDER_INDICATOR,
          "series "
              + s.code()
              + " belongs to indicator "
              + s.indicatorCode()
              + ", not to "
              + indicator.code(),
          "set \"sdg_indicator\": \""
              + s.indicatorCode()
              + "\", or pick a series of "
              + indicator.code()
              + ": "
              + String.join(", ", indicator.seriesCodes()));
    }
    return s;
  }
}
