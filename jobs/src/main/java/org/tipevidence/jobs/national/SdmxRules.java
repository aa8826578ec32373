package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.validate.Rule;

/** The row checks of {@link SdmxAdapter}, in the order a row is judged (first broken wins). */
final class SdmxRules {
  private SdmxRules() {}

  static List<Check> checks() {
    Column parseError = col(RawRecords.PARSE_ERROR);
    Column value = col("_value");
    Column blankSeries = col("_series").equalTo("");
    Column blankArea = col("_area").equalTo("");
    Column blankPeriod = col("_period").equalTo("");
    Column unitGiven = col("_unit_label").notEqual("");
    List<Check> out =
        new java.util.ArrayList<>(
            List.of(
                rule(ReasonCode.MALFORMED_RECORD, "", parseError.isNotNull(), parseError),
                Check.worded(
                    ReasonCode.INVALID_VALUE,
                    "ACTION",
                    "the row is not an observation",
                    col("_action").isin("", "I", "A", "R").equalTo(false),
                    concat(lit("ACTION '"), col("_action"), lit("'")),
                    "send observations only: ACTION I, A or R, or no ACTION column (SDMX-CSV 2.0)"),
                rule(
                    ReasonCode.MISSING_REQUIRED_FIELD,
                    "",
                    blankSeries.or(blankArea).or(blankPeriod),
                    when(blankSeries, lit("SERIES"))
                        .when(blankArea, lit("REF_AREA"))
                        .otherwise(lit("TIME_PERIOD"))),
                rule(
                    ReasonCode.NO_VALUE,
                    "OBS_VALUE",
                    col("_value_text").equalTo(""),
                    lit("OBS_VALUE")),
                rule(
                    ReasonCode.OUT_OF_SCOPE,
                    "SERIES",
                    col("c_series_code").isNull(),
                    concat(lit("series "), col("_series"), lit(" is not in the catalogue"))),
                rule(
                    ReasonCode.INVALID_COUNTRY_CODE,
                    "REF_AREA",
                    col("_scope_type").isNull(),
                    concat(
                        lit("REF_AREA '"),
                        col("_area"),
                        lit("' is neither an M49 nor an ISO3 code"))),
                rule(
                    ReasonCode.OUT_OF_SCOPE,
                    "",
                    col("_other_disagg").isNotNull(),
                    concat(
                        lit("breakdown by "),
                        col("_other_disagg"),
                        lit(" has no observation dimension; only its total (_T or _Z) is kept")))));
    out.addAll(DisaggregationCodes.knownSexAndAge("SEX", "AGE").stream().map(Check::of).toList());
    out.addAll(
        List.of(
            Check.worded(
                ReasonCode.INVALID_PERIOD,
                "TIME_PERIOD",
                "the period is not a year",
                col("_year").isNull().or(col("_freq").isin("", "A").equalTo(false)),
                concat(
                    lit("TIME_PERIOD '"), col("_period"), lit("', FREQ '"), col("_freq"), lit("'")),
                "give annual observations: FREQ A (or blank) and TIME_PERIOD as YYYY"),
            Check.worded(
                ReasonCode.INVALID_VALUE,
                "UNIT_MEASURE",
                "the unit is not the series' unit",
                unitGiven
                    .and(col("_unit_label").notEqual(col("c_sdmx_unit")))
                    .and(col("_unit").isNull().or(col("_unit").notEqual(col("c_unit")))),
                concat(
                    lit("UNIT_MEASURE '"),
                    col("_unit_label"),
                    lit("' for "),
                    col("_series"),
                    lit(", whose unit is "),
                    col("c_sdmx_unit")),
                "give the series' UNIT_MEASURE, or the series code that has this unit"),
            Check.worded(
                ReasonCode.INVALID_VALUE,
                "UNIT_MULT",
                "the value is scaled",
                col("_unit_mult").isin("", "0").equalTo(false),
                concat(lit("UNIT_MULT '"), col("_unit_mult"), lit("'")),
                "send the value in units (UNIT_MULT 0 or blank)"),
            rule(
                ReasonCode.UNPARSEABLE_NUMBER,
                "OBS_VALUE",
                value.isNull().or(value.isNaN()).or(abs(value).equalTo(Double.POSITIVE_INFINITY)),
                concat(lit("OBS_VALUE '"), col("_value_text"), lit("'"))),
            rule(
                ReasonCode.NEGATIVE_COUNT,
                "OBS_VALUE",
                col("c_unit").equalTo("NUMBER").and(value.lt(0)),
                concat(lit("OBS_VALUE '"), col("_value_text"), lit("'")))));
    return out;
  }

  private static Check rule(ReasonCode code, String column, Column broken, Column detail) {
    return Check.of(new Rule(code, column, broken, detail));
  }
}
