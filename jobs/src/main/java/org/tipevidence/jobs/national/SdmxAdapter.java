package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map_filter;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.transform_keys;
import static org.apache.spark.sql.functions.transform_values;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.catalogue.UnitLabels;
import org.tipevidence.common.codes.ExploitationForm;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.stage.CheckedInput;

/**
 * SDMX-CSV with the SDG data structure definition ({@code sdmx/*.csv}; docs/national-data.md,
 * "SDMX-CSV"): SDMX 2.1 CSV (first column {@code DATAFLOW}) and SDMX-CSV 2.0 ({@code STRUCTURE},
 * {@code STRUCTURE_ID}, optional {@code ACTION}), column headers and coded values as IDs or as
 * {@code ID: label}. {@code SERIES} is looked up in the catalogue, {@code REF_AREA} is an M49 or
 * ISO3 code, {@code SEX} and {@code AGE} go through common's code lists, the other breakdown
 * dimensions must be at their total ({@code _T}) or not applicable ({@code _Z}).
 */
public final class SdmxAdapter implements NationalAdapter.Source {
  /** Breakdown dimensions of the SDG DSD the canonical observation has no column for. */
  static final List<String> OTHER_DIMENSIONS =
      List.of(
          "URBANISATION",
          "INCOME_WEALTH_QUANTILE",
          "EDUCATION_LEV",
          "OCCUPATION",
          "CUST_BREAKDOWN",
          "COMPOSITE_BREAKDOWN",
          "DISABILITY_STATUS",
          "ACTIVITY",
          "PRODUCT");

  /**
   * The SDG DSD has no form-of-exploitation dimension (16.2.2 encodes it in the series code);
   * {@code CUST_BREAKDOWN} holding a form code carries it for series that do not (PRG_TIP_PROS by
   * form), as the export writes it.
   */
  static final String FORM_DIMENSION = "CUST_BREAKDOWN";

  static final List<String> FORM_CODES =
      java.util.Arrays.stream(ExploitationForm.values()).map(ExploitationForm::code).toList();

  private SdmxAdapter() {}

  public static CheckedInput run(
      SparkSession spark, List<InputFile> files, Dataset<Row> catalogueTable) {
    return NationalAdapter.run(spark, files, catalogueTable, new SdmxAdapter());
  }

  @Override
  public String name() {
    return "sdmx";
  }

  @Override
  public Dataset<Row> typed(Dataset<Row> raw) {
    // "SEX: Sex" headers and "F: Female" values (labels=both) → their IDs.
    Column fields =
        transform_values(
            transform_keys(
                col(HeaderedRecords.FIELDS), (k, v) -> trim(substring_index(k, ": ", 1))),
            (k, v) -> trim(substring_index(v, ": ", 1)));
    Dataset<Row> labelled =
        raw.withColumn("_f", fields)
            .withColumn("_series", upper(field("SERIES")))
            .withColumn("_sex_label", field("SEX"))
            .withColumn("_age_label", field("AGE"))
            .withColumn("_area", field("REF_AREA"))
            .withColumn("_unit_label", field("UNIT_MEASURE"));
    Column others =
        map_filter(
            col("_f"),
            (k, v) ->
                k.isin(OTHER_DIMENSIONS.toArray())
                    .and(v.notEqual(""))
                    .and(k.equalTo(FORM_DIMENSION).and(v.isin(FORM_CODES.toArray())).equalTo(false))
                    .and(upper(v).isin("_T", "_Z").equalTo(false)));
    Map<String, Column> codes =
        DisaggregationCodes.codes(
            labelled,
            Map.of("_series", DisaggregationCodes.FORM_OF_SERIES, "_unit_label", UnitLabels::unit));
    return NationalObservations.annualByArea(
            DisaggregationCodes.withSexAndAge(labelled, codes),
            col("_area"),
            true,
            field("TIME_PERIOD"))
        .withColumn(
            "_form",
            coalesce(
                codes.get("_series"),
                when(field(FORM_DIMENSION).isin(FORM_CODES.toArray()), field(FORM_DIMENSION)),
                lit("_T")))
        .withColumn("_unit", codes.get("_unit_label"))
        .withColumn("_other_disagg", HeaderedRecords.joined(others))
        .withColumn("_action", upper(field("ACTION")))
        .withColumn("_freq", upper(field("FREQ")))
        .withColumn("_unit_mult", field("UNIT_MULT"))
        .withColumn("_value_text", field("OBS_VALUE"))
        .withColumn("_indicator_code", col("_series"))
        .withColumn("_nature", when(field("NATURE").notEqual(""), lower(field("NATURE"))))
        .withColumn("_reporting_type", upper(field("REPORTING_TYPE")));
  }

  @Override
  public List<Check> checks() {
    return SdmxRules.checks();
  }

  @Override
  public List<Column> key() {
    return List.of(
        col(RawRecords.SOURCE_FILE),
        col("_series"),
        col("_scope_id"),
        col("_period"),
        col("_sex"),
        col("_age"),
        col("_form"),
        col("_reporting_type"),
        col("_nature"),
        field("SOURCE_DETAIL"));
  }

  @Override
  public String valueColumn() {
    return "OBS_VALUE";
  }

  /** A cell by column ID, trimmed; "" when the file has no such column. */
  private static Column field(String id) {
    return trim(coalesce(try_element_at(col("_f"), lit(id)), lit("")));
  }
}
