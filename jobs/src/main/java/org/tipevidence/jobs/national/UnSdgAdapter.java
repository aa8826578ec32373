package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map_filter;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.stage.CheckedInput;

/**
 * UN SDG Global Database extracts in DDF CSV ({@code un_sdg/ddf--datapoints--<series>--by--...}):
 * the series code comes from the file name and is looked up in the catalogue; the value column is
 * named after the series; {@code geo_area} is a UN M49 code ({@link M49Areas}); sex and age codes
 * go through common's code lists; for 16.2.2 the form of exploitation is the one the series code
 * encodes.
 */
public final class UnSdgAdapter implements NationalAdapter.Source {
  /** Key columns with a meaning of their own; any other key must be at its total. */
  static final Set<String> KNOWN_KEYS = Set.of("geo_area", "year", "sex", "age", "units", "nature");

  /** DDF codes that mean "all" in the other key columns (policy_domains, migratory_status...). */
  static final Set<String> TOTAL_CODES = Set.of("t", "_t", "alldomains", "allage", "bothsex");

  private UnSdgAdapter() {}

  public static CheckedInput run(
      SparkSession spark, List<InputFile> files, Dataset<Row> catalogueTable) {
    return NationalAdapter.run(spark, files, catalogueTable, new UnSdgAdapter());
  }

  @Override
  public String name() {
    return "un_sdg";
  }

  @Override
  public Dataset<Row> typed(Dataset<Row> raw) {
    Column fields = col(HeaderedRecords.FIELDS);
    Column series =
        upper(
            regexp_extract(col(RawRecords.SOURCE_FILE), "ddf--datapoints--([a-z0-9_]+)--by--", 1));
    Dataset<Row> labelled =
        raw.withColumn("_series", series)
            .withColumn("_sex_label", coalesce(try_element_at(fields, lit("sex")), lit("")))
            .withColumn("_age_label", coalesce(try_element_at(fields, lit("age")), lit("")))
            .withColumn("_area", trimmed(fields, lit("geo_area")));
    Column others =
        map_filter(
            fields,
            (k, v) ->
                k.isin(KNOWN_KEYS.toArray())
                    .equalTo(false)
                    .and(k.notEqual(lower(series)))
                    .and(lower(trim(v)).isin(TOTAL_CODES.toArray()).equalTo(false)));
    Column ddfUnit = upper(trimmed(fields, lit("units")));
    Map<String, Column> codes =
        DisaggregationCodes.codes(labelled, Map.of("_series", DisaggregationCodes.FORM_OF_SERIES));
    return NationalObservations.annualByArea(
            DisaggregationCodes.withSexAndAge(labelled, codes),
            col("_area"),
            false,
            trimmed(fields, lit("year")))
        .withColumn("_form", coalesce(codes.get("_series"), lit("_T")))
        .withColumn("_other_disagg", HeaderedRecords.joined(others))
        .withColumn("_ddf_unit", when(ddfUnit.equalTo("PERCENT"), lit("PT")).otherwise(ddfUnit))
        .withColumn("_value_text", trimmed(fields, lower(series)))
        .withColumn("_indicator_code", col("_series"))
        .withColumn("_nature", try_element_at(fields, lit("nature")));
  }

  /** A cell by key, trimmed; "" when the file has no such column. */
  private static Column trimmed(Column fields, Column key) {
    return trim(coalesce(try_element_at(fields, key), lit("")));
  }

  @Override
  public List<Check> checks() {
    return UnSdgRules.checks();
  }

  @Override
  public List<Column> key() {
    return List.of(
        col(RawRecords.SOURCE_FILE),
        col("_scope_id"),
        col("_period"),
        col("_sex"),
        col("_age"),
        col("_nature"),
        col("_ddf_unit"));
  }

  @Override
  public String valueColumn() {
    return "value";
  }
}
