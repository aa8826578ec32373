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
    List<String> indicators = catalogue.indicators().stream().map(SdgIndicator::code).toList();
    Set<String> catalogueUnits = new TreeSet<>();
    catalogue.indicators().forEach(i -> catalogueUnits.addAll(UnitLabels.ofIndicator(i)));
    Column file = col(RawRecords.SOURCE_FILE);
    Column mixed = col("_mixed");
    return List.of(
        SharedChecks.malformed(),
        Check.rule(
            ReasonCode.INVALID_COUNTRY_CODE,
            "",
            col("_country").isNull(),
            concat(
                lit("no country for the folder of "),
                file,
                lit(
                    "; name the folder uk, moldova or an ISO3 code, or put the ISO3 code in"
                        + " opensdg/<folder>/country.txt"))),
        notTheIndicator("", col("_identity").isNotNull(), col("_identity")),
        SharedChecks.noValue("Value", lit("Value is blank")),
        Check.rule(
            ReasonCode.OUT_OF_SCOPE,
            "",
            col("_indicator").isin(indicators.toArray()).equalTo(false),
            concat(
                lit("national indicator "), col("_file_id"), lit(" is not a catalogue indicator"))),
        SharedChecks.otherBreakdown(
            "only totals and sex, age and form of exploitation breakdowns are kept"),
        Check.rule(
            ReasonCode.INVALID_PERIOD,
            "Year",
            col("_year").isNull(),
            concat(lit("Year '"), col("_year_text"), lit("', expected 2021 or 2018/19"))),
        mixedLabel(
            "a value of a mixed breakdown column matches no code list",
            col("_mixed_column").isNotNull().and(mixed.isNull()),
            lit("is not a total, sex, age or form-of-exploitation label"),
            MIXED_FIX),
        mixedLabel(
            "a value of a mixed breakdown column is ambiguous",
            mixed.startsWith("?"),
            concat(lit("could be "), substring(mixed, 2, 200)),
            "relabel it so one reading remains, e.g. 'Other forms of exploitation' or 'Sex"
                + " unknown'"),
        DisaggregationCodes.known("sex", "sex", "Sex"),
        DisaggregationCodes.known("age", "age", "Age"),
        DisaggregationCodes.known("form", "form of exploitation", "Forms of exploitation"),
        notTheIndicator(
            "Units",
            col("_unit").isin(catalogueUnits.toArray()).equalTo(false),
            lit("its unit '"),
            col("_unit_label"),
            lit("' ("),
            col("_unit"),
            lit(") is a unit no SDG series has")),
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
        Check.rule(
            ReasonCode.OUT_OF_SCOPE,
            "",
            col("c_series_code").isNull(),
            concat(
                lit("no single catalogue series for indicator "),
                col("_indicator"),
                lit(" in unit "),
                col("_unit"))),
        SharedChecks.unparseable("Value", col("_value").isNull()),
        SharedChecks.negativeCount("Value"));
  }

  /** A file that reuses an SDG indicator's code for something else, and {@code why} not. */
  private static Check notTheIndicator(String column, Column broken, Column... why) {
    return Check.worded(
        ReasonCode.INVALID_VALUE,
        column,
        NOT_THE_INDICATOR,
        broken,
        concat(
            col(RawRecords.SOURCE_FILE),
            lit(" reuses the code of SDG indicator "),
            col("_indicator"),
            lit(" but "),
            concat(why)),
        MAP_A_PROXY);
  }

  /** A value of a mixed breakdown column that resolves to no single code: it {@code what}. */
  private static Check mixedLabel(String problem, Column broken, Column what, String fix) {
    return Check.worded(
        ReasonCode.UNKNOWN_DISAGGREGATION_CODE,
        OpenSdgAdapter.MIXED_COLUMNS.get(0),
        problem,
        broken,
        concat(col("_mixed_column"), lit(" '"), col("_mixed_label"), lit("' "), what),
        fix);
  }
}
