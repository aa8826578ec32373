package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgIndicator;
import org.tipevidence.common.catalogue.UnitLabels;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.validate.Rule;

/** The row checks of {@link OpenSdgAdapter}, in the order a row is judged (first broken wins). */
final class OpenSdgRules {
  static final String NOT_THE_INDICATOR = "the national indicator is not the SDG indicator";
  static final String MAP_A_PROXY =
      "if it is a national proxy for the SDG indicator, publish it in a unit of that indicator's"
          + " series with metadata naming the indicator (SDG_INDICATOR) and it is read as that"
          + " indicator; otherwise give the file a national id such as indicator_16-2-2-a.csv,"
          + " which keeps it out of the SDG series (docs/national-data.md)";
  static final String MIXED_FIX =
      "relabel the value with a sex, age or form-of-exploitation label (Female, Male, 0 to 17"
          + " years, 18 years and over, Sexual exploitation, Forced labour, Other forms of"
          + " exploitation; blank, Total or All for the total), or move a different kind of"
          + " breakdown into a column of its own";

  private OpenSdgRules() {}

  static List<Check> checks(SdgCatalogue catalogue) {
    Column parseError = col(RawRecords.PARSE_ERROR);
    List<String> indicators = catalogue.indicators().stream().map(SdgIndicator::code).toList();
    Set<String> catalogueUnits = new TreeSet<>();
    catalogue.indicators().forEach(i -> catalogueUnits.addAll(UnitLabels.ofIndicator(i)));
    Column file = col(RawRecords.SOURCE_FILE);
    Column mixed = col("_mixed");
    List<Check> out =
        new java.util.ArrayList<>(
            List.of(
                rule(ReasonCode.MALFORMED_RECORD, "", parseError.isNotNull(), parseError),
                rule(
                    ReasonCode.INVALID_COUNTRY_CODE,
                    "",
                    col("_country").isNull(),
                    concat(
                        lit("no country for the folder of "),
                        file,
                        lit(
                            "; name the folder uk, moldova or an ISO3 code, or put the ISO3 code in"
                                + " opensdg/<folder>/country.txt"))),
                Check.worded(
                    ReasonCode.INVALID_VALUE,
                    "",
                    NOT_THE_INDICATOR,
                    col("_identity").isNotNull(),
                    concat(
                        file,
                        lit(" reuses the code of SDG indicator "),
                        col("_indicator"),
                        lit(" but "),
                        col("_identity")),
                    MAP_A_PROXY),
                rule(
                    ReasonCode.NO_VALUE,
                    "Value",
                    col("_value_text").equalTo(""),
                    lit("Value is blank")),
                rule(
                    ReasonCode.OUT_OF_SCOPE,
                    "",
                    col("_indicator").isin(indicators.toArray()).equalTo(false),
                    concat(
                        lit("national indicator "),
                        col("_file_id"),
                        lit(" is not a catalogue indicator"))),
                rule(
                    ReasonCode.OUT_OF_SCOPE,
                    "",
                    col("_other_disagg").isNotNull(),
                    concat(
                        lit("breakdown by "),
                        col("_other_disagg"),
                        lit(
                            " has no observation dimension; only totals and sex, age and form of"
                                + " exploitation breakdowns are kept"))),
                rule(
                    ReasonCode.INVALID_PERIOD,
                    "Year",
                    col("_year").isNull(),
                    concat(lit("Year '"), col("_year_text"), lit("', expected 2021 or 2018/19"))),
                Check.worded(
                    ReasonCode.UNKNOWN_DISAGGREGATION_CODE,
                    OpenSdgAdapter.MIXED_COLUMNS.get(0),
                    "a value of a mixed breakdown column matches no code list",
                    col("_mixed_column").isNotNull().and(mixed.isNull()),
                    concat(
                        col("_mixed_column"),
                        lit(" '"),
                        col("_mixed_label"),
                        lit("' is not a total, sex, age or form-of-exploitation label")),
                    MIXED_FIX),
                Check.worded(
                    ReasonCode.UNKNOWN_DISAGGREGATION_CODE,
                    OpenSdgAdapter.MIXED_COLUMNS.get(0),
                    "a value of a mixed breakdown column is ambiguous",
                    mixed.startsWith("?"),
                    concat(
                        col("_mixed_column"),
                        lit(" '"),
                        col("_mixed_label"),
                        lit("' could be "),
                        substring(mixed, 2, 200)),
                    "relabel it so one reading remains, e.g. 'Other forms of exploitation' or 'Sex"
                        + " unknown'")));
    out.addAll(DisaggregationCodes.knownSexAndAge("Sex", "Age").stream().map(Check::of).toList());
    out.addAll(
        List.of(
            rule(
                ReasonCode.UNKNOWN_DISAGGREGATION_CODE,
                "Forms of exploitation",
                col("_form").isNull(),
                concat(lit("form of exploitation '"), col("_form_label"), lit("'"))),
            Check.worded(
                ReasonCode.INVALID_VALUE,
                "Units",
                NOT_THE_INDICATOR,
                col("_unit").isin(catalogueUnits.toArray()).equalTo(false),
                concat(
                    file,
                    lit(" reuses the code of SDG indicator "),
                    col("_indicator"),
                    lit(" but its unit '"),
                    col("_unit_label"),
                    lit("' ("),
                    col("_unit"),
                    lit(") is a unit no SDG series has")),
                MAP_A_PROXY),
            Check.worded(
                ReasonCode.INVALID_VALUE,
                "Units",
                "the unit is not in the unit table",
                col("_unit").isNull(),
                concat(
                    lit("unit '"),
                    coalesce(col("_unit_label"), lit("")),
                    lit("' of "),
                    file,
                    lit(" is none of the labels in docs/national-data.md (Unit labels)")),
                "if the file holds the SDG indicator, name its unit with a label from that table in"
                    + " a Unit(s) column or UNIT_MEASURE in the meta file; if it holds another"
                    + " national indicator under the same code, it is not the SDG indicator: "
                    + MAP_A_PROXY),
            rule(
                ReasonCode.OUT_OF_SCOPE,
                "",
                col("c_series_code").isNull(),
                concat(
                    lit("no single catalogue series for indicator "),
                    col("_indicator"),
                    lit(" in unit "),
                    col("_unit"))),
            rule(
                ReasonCode.UNPARSEABLE_NUMBER,
                "Value",
                col("_value").isNull(),
                concat(lit("Value '"), col("_value_text"), lit("'"))),
            rule(
                ReasonCode.NEGATIVE_COUNT,
                "Value",
                col("c_unit").equalTo("NUMBER").and(col("_value").lt(0)),
                concat(lit("Value '"), col("_value_text"), lit("'")))));
    return out;
  }

  private static Check rule(ReasonCode code, String column, Column broken, Column detail) {
    return Check.of(new Rule(code, column, broken, detail));
  }
}
