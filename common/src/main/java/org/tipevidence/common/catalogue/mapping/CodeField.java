package org.tipevidence.common.catalogue.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tipevidence.common.catalogue.CrimeType;
import org.tipevidence.common.codes.Direction;

/**
 * A mapping field that holds a code from a fixed list, with the exact spelling the file must use
 * and a fix that suggests the intended code for common misspellings. One row per field.
 *
 * @param field the JSON field
 * @param kind the problem kind when the value is not a code
 * @param problem what is wrong, given the raw value (e.g. {@code unknown unit 'Number'})
 * @param exact the parser of the exact spelling
 * @param fix how to fix a raw value that is not a code
 */
record CodeField<T>(
    String field,
    MappingProblem.Kind kind,
    Function<String, String> problem,
    Function<String, Optional<T>> exact,
    Function<String, String> fix) {

  static final CodeField<MappingUnit> UNIT =
      guessing(
          "unit",
          MappingProblem.Kind.INVALID_UNIT,
          "unknown unit",
          MappingUnit::parse,
          raw -> raw.strip().toUpperCase(Locale.ROOT),
          MappingUnit::name,
          Map.of(
              "PERCENT", List.of("PT", "%", "PERCENTAGE"),
              "PER_100000_POP", List.of("RATIO_COUNT_PER_100000_COUNT_POP"),
              "CURRENCY_USD", List.of("CU_USD", "USD"),
              "BINARY", List.of("BOOL"),
              "NUMBER", List.of("COUNT"),
              "SCORE", List.of("INDEX")),
          hint ->
              hinted(hint, JsonShape.names(MappingUnit.values(), MappingUnit::name))
                  + " (upper case)");

  static final CodeField<Direction> DIRECTION =
      guessing(
          "direction",
          MappingProblem.Kind.INVALID_DIRECTION,
          "invalid direction",
          Direction::parse,
          raw -> raw.strip().toLowerCase(Locale.ROOT),
          Direction::json,
          Map.of(
              "increase", List.of("up", "higher", "higher_is_better", "+", "positive"),
              "decrease", List.of("down", "lower", "lower_is_better", "-", "negative")),
          hint ->
              (hint == null ? "" : "write \"" + hint + "\"; ")
                  + "direction must be \"increase\" or \"decrease\" (lower case): the desired"
                  + " direction of this local indicator");

  static final CodeField<Aggregation> AGGREGATION =
      guessing(
          "aggregation",
          MappingProblem.Kind.INVALID_AGGREGATION,
          "invalid aggregation",
          Aggregation::parse,
          raw -> raw.strip().toLowerCase(Locale.ROOT),
          Aggregation::json,
          Map.of(
              "population_weighted_mean",
                  List.of("mean", "average", "avg", "weighted_mean", "weighted_average"),
              "latest", List.of("last", "most_recent"),
              "sum", List.of("total", "count")),
          hint -> hinted(hint, JsonShape.names(Aggregation.values(), Aggregation::json)));

  static final CodeField<CrimeType> CRIME_TYPE =
      new CodeField<>(
          "crime_type",
          MappingProblem.Kind.INVALID_CRIME_TYPE,
          raw -> "invalid crime_type '" + raw + "'",
          raw -> CrimeType.parse(raw).filter(c -> c.name().equals(raw)),
          raw -> {
            String up = raw.strip().toUpperCase(Locale.ROOT);
            if (up.equals("BOTH") || up.equals("TIP,SOM") || up.equals("TIP+SOM")) {
              return "an observation is about one crime: split it into two entries with different"
                  + " local_codes, one with \"TIP\" and one with \"SOM\"";
            }
            return CrimeType.parseLenient(raw)
                .map(t -> "write \"" + t + "\" (upper case)")
                .orElse("use \"TIP\" (trafficking in persons) or \"SOM\" (smuggling of migrants)");
          });

  static final CodeField<Scaling> SCALING =
      guessing(
          "scaling",
          MappingProblem.Kind.INVALID_SCALING,
          "invalid scaling",
          Scaling::parse,
          raw -> raw.strip().toLowerCase(Locale.ROOT).replace("-", "_").replace(",", ""),
          Scaling::json,
          Map.of("per_100k", List.of("per_100000", "per100k", "per_100000_pop", "per_100k_pop")),
          hint -> hinted(hint, JsonShape.names(Scaling.values(), Scaling::json)));

  /**
   * A field whose fix guesses the intended code: the raw value, normalised, is the code in another
   * case or spelling, or one of its common synonyms; the fix is given the guess (or null).
   */
  private static <T> CodeField<T> guessing(
      String field,
      MappingProblem.Kind kind,
      String problem,
      Function<String, Optional<T>> exact,
      Function<String, String> normalise,
      Function<T, String> spell,
      Map<String, List<String>> synonyms,
      Function<String, String> fixForGuess) {
    return new CodeField<>(
        field,
        kind,
        raw -> problem + " '" + raw + "'",
        exact,
        raw -> fixForGuess.apply(guess(normalise.apply(raw), exact, spell, synonyms)));
  }

  /** The code, or null (reporting the problem at {@code entryPath.field}) when raw is not one. */
  T read(String raw, String entryPath, Problems sink) {
    if (raw == null) {
      return null; // absent, null or wrong type: already reported
    }
    Optional<T> v = exact.apply(raw);
    if (v.isEmpty()) {
      sink.add(entryPath + "." + field, kind, problem.apply(raw), fix.apply(raw));
    }
    return v.orElse(null);
  }

  /**
   * The intended code for a normalised raw value: the code itself in another case or spelling, or
   * the code a common synonym stands for; null when there is no good guess.
   */
  private static <T> String guess(
      String key,
      Function<String, Optional<T>> parse,
      Function<T, String> spell,
      Map<String, List<String>> synonyms) {
    return parse
        .apply(key)
        .map(spell)
        .orElseGet(
            () ->
                synonyms.entrySet().stream()
                    .filter(e -> e.getValue().contains(key))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null));
  }

  private static String hinted(String hint, String allowed) {
    return (hint == null ? "use " : "write \"" + hint + "\"; allowed: ") + allowed;
  }
}
