package org.tipevidence.common.catalogue.mapping;

import java.util.Locale;

/**
 * One problem in a mapping file.
 *
 * @param file the file as given by the caller
 * @param jsonPath where, e.g. {@code $.indicators[3].direction} ({@code $} for the whole file)
 * @param kind stable problem kind (its {@link Kind#code()} is lower_snake_case)
 * @param message what is wrong
 * @param fix how to fix it
 */
public record MappingProblem(String file, String jsonPath, Kind kind, String message, String fix) {

  /** Problem kinds; {@link #code()} gives a stable lower_snake_case code. */
  public enum Kind {
    UNREADABLE_FILE,
    MALFORMED_JSON,
    WRONG_TYPE,
    MISSING_FIELD,
    UNKNOWN_FIELD,
    INVALID_VALUE,
    UNKNOWN_INDICATOR,
    UNKNOWN_SERIES,
    SERIES_NOT_UNDER_INDICATOR,
    DUPLICATE_LOCAL_CODE,
    CONFLICTING_UNIT,
    INVALID_UNIT,
    UNIT_INCOMPATIBLE_WITH_SERIES,
    INVALID_DIRECTION,
    INVALID_AGGREGATION,
    INVALID_SCALING,
    INVALID_CRIME_TYPE,
    CRIME_TYPE_NOT_ALLOWED,
    INVALID_PERSON_COUNT;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One line for humans: {@code file: $.path: message — fix: ...}. */
  public String format() {
    return file + ": " + jsonPath + ": " + message + "\n    fix: " + fix;
  }

  @Override
  public String toString() {
    return kind.code() + " " + file + " " + jsonPath + ": " + message + " (fix: " + fix + ")";
  }
}
