package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.tipevidence.common.validation.ReasonCode;

/** The row checks of {@link SdmxAdapter}, in the order a row is judged (first broken wins). */
final class SdmxRules {
  private SdmxRules() {}

  static List<Check> checks() {
    Column value = col("_value");
    Column blankSeries = col("_series").equalTo("");
    Column blankArea = col("_area").equalTo("");
    Column blankPeriod = col("_period").equalTo("");
    Column unitGiven = col("_unit_label").notEqual("");
    List<Check> out =
        new ArrayList<>(
            List.of(
                SharedChecks.malformed(),
                Check.worded(
                    ReasonCode.INVALID_VALUE,
                    "ACTION",
                    "the row is not an observation",
                    col("_action").isin("", "I", "A", "R").equalTo(false),
                    SharedChecks.quoted("ACTION", col("_action")),
                    "send observations only: ACTION I, A or R, or no ACTION column (SDMX-CSV 2.0)"),
                Check.rule(
                    ReasonCode.MISSING_REQUIRED_FIELD,
                    "",
                    blankSeries.or(blankArea).or(blankPeriod),
                    when(blankSeries, lit("SERIES"))
                        .when(blankArea, lit("REF_AREA"))
                        .otherwise(lit("TIME_PERIOD")))));
    out.addAll(
        new SharedChecks.AreaKeyed(
                "OBS_VALUE",
                lit("OBS_VALUE"),
                "SERIES",
                "REF_AREA",
                "neither an M49 nor an ISO3 code",
                "only its total (_T or _Z) is kept",
                "SEX",
                "AGE")
            .checks());
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
                SharedChecks.quoted("UNIT_MULT", col("_unit_mult")),
                "send the value in units (UNIT_MULT 0 or blank)"),
            SharedChecks.unparseable(
                "OBS_VALUE",
                value.isNull().or(value.isNaN()).or(abs(value).equalTo(Double.POSITIVE_INFINITY))),
            SharedChecks.negativeCount("OBS_VALUE")));
    return out;
  }
}
