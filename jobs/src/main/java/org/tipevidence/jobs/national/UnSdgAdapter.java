package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map_filter;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.validate.DataQuality;
import org.tipevidence.jobs.validate.NumberColumns;
import org.tipevidence.jobs.validate.Quarantine;
import org.tipevidence.jobs.validate.Rule;

/**
 * UN SDG Global Database extracts in DDF CSV ({@code un_sdg/ddf--datapoints--<series>--by--...}):
 * the series code comes from the file name and is looked up in the catalogue; the value column is
 * named after the series; {@code geo_area} is a UN M49 code ({@link M49Areas}); sex and age codes
 * go through common's code lists; for 16.2.2 the form of exploitation is the one the series code
 * encodes.
 */
public final class UnSdgAdapter {
  /** Key columns with a meaning of their own; any other key must be at its total. */
  static final Set<String> KNOWN_KEYS = Set.of("geo_area", "year", "sex", "age", "units", "nature");

  /** DDF codes that mean "all" in the other key columns (policy_domains, migratory_status...). */
  static final Set<String> TOTAL_CODES = Set.of("t", "_t", "alldomains", "allage", "bothsex");

  private UnSdgAdapter() {}

  public static CheckedInput run(
      SparkSession spark, List<InputFile> files, Dataset<Row> catalogueTable) {
    Dataset<Row> raw = HeaderedRecords.read(spark, files).persist(StorageLevel.MEMORY_AND_DISK());
    Column fields = col(HeaderedRecords.FIELDS);
    Column series =
        upper(
            regexp_extract(col(RawRecords.SOURCE_FILE), "ddf--datapoints--([a-z0-9_]+)--by--", 1));
    Column valueText = trim(coalesce(try_element_at(fields, lower(series)), lit("")));
    Dataset<Row> labelled =
        raw.withColumn("_series", series)
            .withColumn("_sex_label", coalesce(try_element_at(fields, lit("sex")), lit("")))
            .withColumn("_age_label", coalesce(try_element_at(fields, lit("age")), lit("")))
            .withColumn("_geo", trim(coalesce(try_element_at(fields, lit("geo_area")), lit(""))));
    Column others =
        map_filter(
            fields,
            (k, v) ->
                k.isin(KNOWN_KEYS.toArray())
                    .equalTo(false)
                    .and(k.notEqual(lower(series)))
                    .and(lower(trim(v)).isin(TOTAL_CODES.toArray()).equalTo(false)));
    Column yearText = trim(coalesce(try_element_at(fields, lit("year")), lit("")));
    Column ddfUnit = upper(trim(coalesce(try_element_at(fields, lit("units")), lit(""))));
    Dataset<Row> typed =
        NationalObservations.annualByArea(
                DisaggregationCodes.sexAndAge(labelled), col("_geo"), false, yearText)
            .withColumn("_form", coalesce(DisaggregationCodes.formOfSeries(labelled), lit("_T")))
            .withColumn("_other_disagg", HeaderedRecords.joined(others))
            .withColumn("_ddf_unit", when(ddfUnit.equalTo("PERCENT"), lit("PT")).otherwise(ddfUnit))
            .withColumn("_value_text", valueText)
            .withColumn("_value", NumberColumns.decimal(valueText))
            .withColumn("_indicator_code", col("_series"))
            .withColumn("_text_flag", col(RawRecords.RECORD).contains("\uFFFD"))
            .withColumn("_nature", try_element_at(fields, lit("nature")))
            .join(broadcast(catalogueTable), col("_series").equalTo(col("c_series_code")), "left");
    Dataset<Row> checked = Verdicts.then(typed, rules());
    checked =
        DuplicateRows.apply(
                checked,
                List.of(
                    col(RawRecords.SOURCE_FILE),
                    col("_scope_id"),
                    col("_period"),
                    col("_sex"),
                    col("_age"),
                    col("_nature"),
                    col("_ddf_unit")),
                col("_value"),
                "value")
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new CheckedInput(
        NationalObservations.conform(Quarantine.accepted(checked), "un_sdg"),
        Quarantine.rejected(checked, "national", null),
        DataQuality.perFile(checked, files));
  }

  static List<Rule> rules() {
    Column parseError = col(RawRecords.PARSE_ERROR);
    Column unitMatches =
        col("_ddf_unit")
            .equalTo(col("c_sdmx_unit"))
            .or(
                col("_ddf_unit")
                    .isin("PER_100000_POP", "RATIO_COUNT_PER_100000_COUNT_POP")
                    .and(
                        col("c_sdmx_unit")
                            .isin("PER_100000_POP", "RATIO_COUNT_PER_100000_COUNT_POP")));
    List<Rule> out =
        new java.util.ArrayList<>(
            List.of(
                new Rule(ReasonCode.MALFORMED_RECORD, "", parseError.isNotNull(), parseError),
                new Rule(
                    ReasonCode.NO_VALUE,
                    "value",
                    col("_value_text").equalTo(""),
                    concat(lit("no "), lower(col("_series")), lit(" value"))),
                new Rule(
                    ReasonCode.OUT_OF_SCOPE,
                    "",
                    col("c_series_code").isNull(),
                    concat(lit("series "), col("_series"), lit(" is not in the catalogue"))),
                new Rule(
                    ReasonCode.INVALID_COUNTRY_CODE,
                    "geo_area",
                    col("_scope_type").isNull(),
                    concat(lit("geo_area '"), col("_geo"), lit("' is not an M49 numeric code"))),
                new Rule(
                    ReasonCode.OUT_OF_SCOPE,
                    "",
                    col("_other_disagg").isNotNull(),
                    concat(
                        lit("breakdown by "),
                        col("_other_disagg"),
                        lit(" has no observation dimension; only its total is kept")))));
    out.addAll(DisaggregationCodes.knownSexAndAge("sex", "age"));
    out.addAll(
        List.of(
            new Rule(
                ReasonCode.INVALID_PERIOD,
                "year",
                col("_year").isNull(),
                concat(lit("year '"), col("_period"), lit("'"))),
            new Rule(
                ReasonCode.INVALID_VALUE,
                "units",
                unitMatches.equalTo(false),
                concat(
                    lit("units '"),
                    col("_ddf_unit"),
                    lit("' differ from the catalogue's "),
                    col("c_sdmx_unit"),
                    lit(" for "),
                    col("_series"))),
            new Rule(
                ReasonCode.UNPARSEABLE_NUMBER,
                "value",
                col("_value").isNull(),
                concat(lit("value '"), col("_value_text"), lit("'"))),
            new Rule(
                ReasonCode.NEGATIVE_COUNT,
                "value",
                col("c_unit").equalTo("NUMBER").and(col("_value").lt(0)),
                concat(lit("value '"), col("_value_text"), lit("'")))));
    return out;
  }
}
