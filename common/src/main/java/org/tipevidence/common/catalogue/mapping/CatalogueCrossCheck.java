package org.tipevidence.common.catalogue.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tipevidence.common.catalogue.CrimeType;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgIndicator;
import org.tipevidence.common.catalogue.SdgSeries;
import org.tipevidence.common.catalogue.SdmxUnit;
import org.tipevidence.common.codes.Direction;

/**
 * Checks one bound mapping entry against the SDG catalogue: the indicator and series exist and
 * belong together, the codes are codes, then a table of rules that tie unit, aggregation, scaling,
 * crime type and person count to the series. Yields the mapped indicator when nothing is wrong.
 */
final class CatalogueCrossCheck {
  /** One entry's values as far as they could be read; null where a problem was reported. */
  private record Entry(
      String path,
      Problems sink,
      SdgIndicator indicator,
      SdgSeries series,
      MappingUnit unit,
      Aggregation aggregation,
      CrimeType crime,
      Scaling scaling,
      Boolean override,
      JsonNode raw) {
    String at(String field) {
      return path + "." + field;
    }
  }

  /** The cross rules, in the order their problems are reported. */
  private static final List<BiConsumer<CatalogueCrossCheck, Entry>> RULES =
      List.of(
          CatalogueCrossCheck::aggregationFitsUnit,
          CatalogueCrossCheck::scalingFitsUnit,
          CatalogueCrossCheck::unitFitsSeries,
          CatalogueCrossCheck::crimeTypeFitsSeries,
          CatalogueCrossCheck::personCountIsBoolean,
          CatalogueCrossCheck::personCountFitsSeries);

  private final SdgCatalogue cat;
  private final SeriesLookup lookup;

  CatalogueCrossCheck(SdgCatalogue cat) {
    this.cat = cat;
    this.lookup = new SeriesLookup(cat);
  }

  /** The mapped indicator, or null when the entry (shape problems included) has any problem. */
  MappedIndicator check(
      EntryShape.Bound bound, JsonNode raw, String path, Problems sink, String file) {
    MappingEntryJson j = bound.entry();
    Optional<SdgSeries> found =
        j.seriesCode() == null ? Optional.empty() : cat.series(j.seriesCode());
    SdgIndicator indicator = lookup.indicator(j.sdgIndicator(), found, path, sink);
    SdgSeries series = lookup.series(j.seriesCode(), found, indicator, path, sink);
    MappingUnit unit = CodeField.UNIT.read(j.unit(), path, sink);
    Direction direction = CodeField.DIRECTION.read(j.direction(), path, sink);
    Aggregation aggregation = CodeField.AGGREGATION.read(j.aggregation(), path, sink);
    CrimeType crime = CodeField.CRIME_TYPE.read(j.crimeType(), path, sink);
    Scaling scaling =
        j.scaling() == null && !bound.broken().contains("scaling")
            ? Scaling.NONE
            : CodeField.SCALING.read(j.scaling(), path, sink);
    Entry e =
        new Entry(
            path, sink, indicator, series, unit, aggregation, crime, scaling, j.personCount(), raw);
    RULES.forEach(rule -> rule.accept(this, e));
    MappedProgress progress = ProgressFields.read(raw, path, file, sink.list());
    if (!sink.isEmpty()) {
      return null;
    }
    return new MappedIndicator(
        j.localCode(),
        j.name(),
        indicator.code(),
        series.code(),
        unit,
        direction,
        aggregation,
        crime,
        scaling,
        personCount(e),
        e.override() != null,
        progress);
  }

  private void aggregationFitsUnit(Entry e) {
    if (e.unit() == null || e.aggregation() == null || e.aggregation().validFor(e.unit())) {
      return;
    }
    MappingUnit unit = e.unit();
    e.sink()
        .add(
            e.at("aggregation"),
            MappingProblem.Kind.INVALID_AGGREGATION,
            "aggregation '"
                + e.aggregation().json()
                + "' is not valid for unit "
                + unit
                + (e.aggregation() == Aggregation.SUM
                    ? ": " + unit + " values are not additive"
                    : ": a population-weighted mean only makes sense for relative values"),
            "use "
                + Stream.of(Aggregation.values())
                    .filter(a -> a.validFor(unit))
                    .map(a -> "'" + a.json() + "'")
                    .collect(Collectors.joining(" or ")));
  }

  private static boolean scalingUnitOk(Entry e) {
    return e.unit() == null || e.scaling() != Scaling.PER_100K || e.unit() == MappingUnit.NUMBER;
  }

  private void scalingFitsUnit(Entry e) {
    if (!scalingUnitOk(e)) {
      e.sink()
          .add(
              e.at("scaling"),
              MappingProblem.Kind.INVALID_SCALING,
              "scaling 'per_100k' is only valid with unit NUMBER (counts), not " + e.unit(),
              "set \"scaling\": \"none\"; " + e.unit() + " values are used as reported");
    }
  }

  private void unitFitsSeries(Entry e) {
    if (e.unit() != null
        && e.series() != null
        && e.scaling() != null
        && scalingUnitOk(e)
        && !e.unit().compatibleWith(e.series(), e.scaling())) {
      unitMismatch(e.unit(), e.scaling(), e.series(), e);
    }
  }

  private void crimeTypeFitsSeries(Entry e) {
    SdgSeries s = e.series();
    if (e.crime() == null || s == null || s.crimeDomain().allows(e.crime())) {
      return;
    }
    e.sink()
        .add(
            e.at("crime_type"),
            MappingProblem.Kind.CRIME_TYPE_NOT_ALLOWED,
            "crime_type "
                + e.crime()
                + " is not allowed for series "
                + s.code()
                + ", whose crime domain is "
                + s.crimeDomain(),
            "set \"crime_type\": \""
                + s.crimeDomain()
                + "\" if the local indicator is about that crime, otherwise map it to a series"
                + " whose crime domain is "
                + e.crime()
                + " or BOTH");
  }

  private void personCountIsBoolean(Entry e) {
    JsonNode pc = e.raw().get("person_count");
    if (pc != null && !pc.isNull() && !pc.isBoolean()) {
      e.sink()
          .add(
              e.at("person_count"),
              MappingProblem.Kind.WRONG_TYPE,
              "'person_count' must be true or false, found " + JsonShape.type(pc),
              "write \"person_count\": true or false without quotes, or remove it to use the"
                  + " catalogue default");
    }
  }

  private void personCountFitsSeries(Entry e) {
    if (e.series() == null || e.scaling() == null) {
      return;
    }
    if (Boolean.FALSE.equals(e.override()) && defaultPersonCount(e.series(), e.scaling())) {
      e.sink()
          .add(
              e.at("person_count"),
              MappingProblem.Kind.INVALID_PERSON_COUNT,
              "person_count false would switch off disclosure control, but series "
                  + e.series().code()
                  + " counts persons (victims or offenders)",
              "remove \"person_count\" (the catalogue default is true)");
    }
    if (Boolean.TRUE.equals(e.override()) && e.unit() != null && e.unit() != MappingUnit.NUMBER) {
      e.sink()
          .add(
              e.at("person_count"),
              MappingProblem.Kind.INVALID_PERSON_COUNT,
              "person_count true needs unit NUMBER: only counts of persons are subject to"
                  + " small-cell suppression, not "
                  + e.unit()
                  + " values",
              "remove \"person_count\", or report the underlying count with unit NUMBER");
    }
  }

  private Boolean personCount(Entry e) {
    return e.override() != null ? e.override() : defaultPersonCount(e.series(), e.scaling());
  }

  /**
   * The series' own default; for {@code per_100k} mappings that of the indicator's count series
   * (the raw counts are persons).
   */
  private boolean defaultPersonCount(SdgSeries s, Scaling scaling) {
    if (s.personCount()) {
      return true;
    }
    if (scaling == Scaling.PER_100K) {
      return cat.indicator(s.indicatorCode()).orElseThrow().series().stream()
          .anyMatch(x -> x.isCount() && x.personCount());
    }
    return false;
  }

  private void unitMismatch(MappingUnit unit, Scaling scaling, SdgSeries s, Entry e) {
    SdgIndicator parent = cat.indicator(s.indicatorCode()).orElseThrow();
    List<String> siblings =
        parent.series().stream()
            .filter(x -> unit.compatibleWith(x, scaling))
            .map(SdgSeries::code)
            .toList();
    // Prefer the count/rate twin (VC_HTF_DETV <-> VC_HTF_DETVR) when there is one.
    String twin =
        s.code().endsWith("R") ? s.code().substring(0, s.code().length() - 1) : s.code() + "R";
    if (siblings.contains(twin)) {
      siblings = List.of(twin);
    }
    if (scaling == Scaling.PER_100K) {
      e.sink()
          .add(
              e.at("scaling"),
              MappingProblem.Kind.INVALID_SCALING,
              "scaling 'per_100k' turns counts into rates per 100,000 population, but series "
                  + s.code()
                  + " has SDMX unit "
                  + s.unit(),
              "set \"scaling\": \"none\""
                  + (siblings.isEmpty()
                      ? ""
                      : ", or map to the rate series " + String.join(" / ", siblings)));
      return;
    }
    List<String> units =
        Stream.of(MappingUnit.values())
            .filter(u -> u.compatibleWith(s, Scaling.NONE))
            .map(MappingUnit::name)
            .collect(Collectors.toList());
    StringBuilder fix = new StringBuilder();
    if (!units.isEmpty()) {
      fix.append("report the values as ").append(String.join(" or ", units));
    }
    if (unit == MappingUnit.NUMBER && SdmxUnit.isPer100kPopulation(s.unit())) {
      fix.append(fix.isEmpty() ? "" : ", or ")
          .append("keep NUMBER and set \"scaling\": \"per_100k\"");
    }
    if (!siblings.isEmpty()) {
      fix.append(fix.isEmpty() ? "" : ", or ")
          .append("map ")
          .append(unit)
          .append(" values to series ")
          .append(String.join(" / ", siblings));
    }
    if (fix.isEmpty()) {
      fix.append("no mapping unit matches SDMX unit ")
          .append(s.unit())
          .append("; map the local indicator to another series");
    }
    e.sink()
        .add(
            e.at("unit"),
            MappingProblem.Kind.UNIT_INCOMPATIBLE_WITH_SERIES,
            "unit "
                + unit
                + " does not match series "
                + s.code()
                + " (SDMX unit "
                + s.unit()
                + (s.valueScale() == null ? "" : ", values " + s.valueScale().json())
                + ")",
            fix.toString());
  }
}
