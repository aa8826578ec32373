package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Column;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.RawRecords;

/**
 * The checks every adapter of keyed national files makes, on the columns {@link NationalAdapter}
 * and the source prepare, naming the file's own column.
 */
final class SharedChecks {
  private SharedChecks() {}

  /** A record the reader could not split; the reader's parse error is the detail. */
  static Check malformed() {
    Column parseError = col(RawRecords.PARSE_ERROR);
    return Check.rule(ReasonCode.MALFORMED_RECORD, "", parseError.isNotNull(), parseError);
  }

  static Check noValue(String column, Column detail) {
    return Check.rule(ReasonCode.NO_VALUE, column, col("_value_text").equalTo(""), detail);
  }

  static Check seriesNotInCatalogue(String column) {
    return Check.rule(
        ReasonCode.OUT_OF_SCOPE,
        column,
        col("c_series_code").isNull(),
        concat(lit("series "), col("_series"), lit(" is not in the catalogue")));
  }

  /**
   * The file's own words for the checks of a source keyed by series and area code (UN SDG database,
   * SDMX-CSV; {@code _area} holds the code as read).
   *
   * @param areaIs what a bad area code is not ("not an M49 numeric code")
   * @param kept what of an other breakdown is kept ("only its total is kept")
   */
  record AreaKeyed(
      String value,
      Column noValueDetail,
      String series,
      String area,
      String areaIs,
      String kept,
      String sex,
      String age) {

    /** In order: a value, a catalogue series, a known area, no other breakdown, sex, age. */
    List<Check> checks() {
      return List.of(
          noValue(value, noValueDetail),
          seriesNotInCatalogue(series),
          Check.rule(
              ReasonCode.INVALID_COUNTRY_CODE,
              area,
              col("_scope_type").isNull(),
              concat(lit(area + " '"), col("_area"), lit("' is " + areaIs))),
          otherBreakdown(kept),
          DisaggregationCodes.known("sex", "sex", sex),
          DisaggregationCodes.known("age", "age", age));
    }
  }

  /** A breakdown the canonical observation has no dimension for; {@code kept} says what is. */
  static Check otherBreakdown(String kept) {
    return Check.rule(
        ReasonCode.OUT_OF_SCOPE,
        "",
        col("_other_disagg").isNotNull(),
        concat(
            lit("breakdown by "),
            col("_other_disagg"),
            lit(" has no observation dimension; " + kept)));
  }

  static Check unparseable(String column, Column broken) {
    return Check.rule(ReasonCode.UNPARSEABLE_NUMBER, column, broken, quotedValue(column));
  }

  /** A negative value of a series counted in persons or cases. */
  static Check negativeCount(String column) {
    return Check.rule(
        ReasonCode.NEGATIVE_COUNT,
        column,
        col("c_unit").equalTo("NUMBER").and(col("_value").lt(0)),
        quotedValue(column));
  }

  private static Column quotedValue(String column) {
    return quoted(column, col("_value_text"));
  }

  /** {@code what 'value'}: a detail that quotes the cell as read. */
  static Column quoted(String what, Column value) {
    return concat(lit(what + " '"), value, lit("'"));
  }
}
