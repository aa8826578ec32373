package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.tipevidence.jobs.ingest.RawRecords;

/**
 * Accepted national rows in the canonical observation shape shared with submissions ({@code
 * SubmissionObservations}): {@code programme_id} null, the country (or region/aggregate) as scope,
 * catalogue attributes from the {@code c_*} columns of {@link CatalogueSeries}.
 *
 * <p>Adapters prepare these internal columns: {@code _scope_type}, {@code _scope_id}, {@code
 * _country} (null unless a country), {@code _year}, {@code _period}, {@code _period_start}, {@code
 * _period_end}, {@code _indicator_code}, {@code _sex}, {@code _age}, {@code _form}, {@code _value},
 * {@code _censored}, {@code _upper}, {@code _lower}, {@code _text_flag}, {@code _other_disagg},
 * {@code _nature}.
 */
final class NationalObservations {
  private NationalObservations() {}

  /**
   * The columns of annual, uncensored observations keyed by an area code (UN SDG database,
   * SDMX-CSV): year and calendar period from {@code yearText} ({@code YYYY}, else null), scope from
   * {@code area} through {@link M49Areas}.
   */
  static Dataset<Row> annualByArea(
      Dataset<Row> data, Column area, boolean iso3Allowed, Column yearText) {
    return data.withColumn("_censored", lit(false))
        .withColumn("_upper", lit(null).cast(DataTypes.DoubleType))
        .withColumn("_lower", lit(null).cast(DataTypes.DoubleType))
        .withColumn("_scope_type", M49Areas.scopeType(area, iso3Allowed))
        .withColumn("_scope_id", M49Areas.scopeId(area, iso3Allowed))
        .withColumn("_country", M49Areas.iso3(area, iso3Allowed))
        .withColumn("_year", when(yearText.rlike("^[0-9]{4}$"), yearText.cast("int")))
        .withColumn("_period", yearText)
        .withColumn("_period_start", make_date(col("_year"), lit(1), lit(1)))
        .withColumn("_period_end", make_date(col("_year"), lit(12), lit(31)));
  }

  static Dataset<Row> conform(Dataset<Row> accepted, String source) {
    return accepted.select(
        col("_scope_type").as("scope_type"),
        col("_scope_id").as("scope_id"),
        lit(null).cast(DataTypes.StringType).as("programme_id"),
        col("_country").as("country_iso3"),
        col("_year").as("year"),
        lit(null).cast(DataTypes.IntegerType).as("quarter"),
        col("_period").as("period"),
        col("_period_start").as("period_start"),
        col("_period_end").as("period_end"),
        col("_indicator_code").as("indicator_code"),
        col("c_sdg_target").as("sdg_target"),
        col("c_sdg_indicator").as("sdg_indicator"),
        col("c_series_code").as("series_code"),
        col("c_crime_type").as("crime_type"),
        col("_sex").as("sex"),
        col("_age").as("age_group"),
        col("_form").as("exploitation_form"),
        col("_value").as("value"),
        col("c_unit").as("unit"),
        col("_value").as("raw_value"),
        col("_censored").as("censored"),
        col("_upper").cast(DataTypes.DoubleType).as("value_upper_bound"),
        col("_lower").cast(DataTypes.DoubleType).as("value_lower_bound"),
        col("c_person_count").as("person_count"),
        col("c_direction").as("direction"),
        col("c_aggregation").as("aggregation"),
        lit(source).as("source"),
        lit(null).cast(DataTypes.TimestampType).as("reported_at"),
        lit(null).cast(DataTypes.StringType).as("submitted_by"),
        col(RawRecords.SOURCE_FILE),
        col(RawRecords.SOURCE_LINE),
        col("_text_flag").as("text_encoding_flag"),
        col("_other_disagg").as("other_disaggregation"),
        col("_nature").as("nature"));
  }
}
