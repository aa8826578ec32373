package org.tipevidence.jobs.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Tiny {@code series_values} tables with the registry's columns, built row by row. */
final class SeriesValuesFixture {
  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("scope_type", DataTypes.StringType, false),
            DataTypes.createStructField("scope_id", DataTypes.StringType, false),
            DataTypes.createStructField("country_iso3", DataTypes.StringType, true),
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("unit", DataTypes.StringType, false),
            DataTypes.createStructField("sdg_indicator", DataTypes.StringType, false),
            DataTypes.createStructField("series_code", DataTypes.StringType, false),
            DataTypes.createStructField("crime_type", DataTypes.StringType, false),
            DataTypes.createStructField("year", DataTypes.IntegerType, false),
            DataTypes.createStructField("sex", DataTypes.StringType, false),
            DataTypes.createStructField("age_group", DataTypes.StringType, false),
            DataTypes.createStructField("exploitation_form", DataTypes.StringType, false),
            DataTypes.createStructField("value", DataTypes.DoubleType, true),
            DataTypes.createStructField("raw_value", DataTypes.DoubleType, true),
            DataTypes.createStructField("person_count", DataTypes.BooleanType, false),
            DataTypes.createStructField("censored", DataTypes.BooleanType, false),
            DataTypes.createStructField("suppressed", DataTypes.BooleanType, false),
            DataTypes.createStructField("suppression", DataTypes.StringType, true)
          });

  private final List<Row> rows = new ArrayList<>();
  private String source = "submission";

  /** Rows added from now on come from {@code source} (default: programme submissions). */
  SeriesValuesFixture from(String source) {
    this.source = source;
    return this;
  }

  /** A person count of series VC_HTF_DETV in NGA. */
  SeriesValuesFixture count(int year, String sex, String age, String form, Double value) {
    return row("VC_HTF_DETV", year, sex, age, form, value, null, true, false, false);
  }

  /** A count the reader sees as withheld (value null, suppressed true). */
  SeriesValuesFixture withheld(int year, String sex, String age, String form) {
    return row("VC_HTF_DETV", year, sex, age, form, null, null, true, false, true);
  }

  /** A count withheld with the reason a reader sees ({@code primary}, {@code complementary}). */
  SeriesValuesFixture withheld(int year, String sex, String age, String form, String reason) {
    withheld(year, sex, age, form);
    Row last = rows.remove(rows.size() - 1);
    Object[] v = new Object[last.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = last.get(i);
    }
    v[v.length - 1] = reason;
    rows.add(RowFactory.create(v));
    return this;
  }

  /** A per-100,000 rate of series VC_HTF_DETVR computed from {@code count}. */
  SeriesValuesFixture rate(int year, String sex, double rate, double count) {
    return row("VC_HTF_DETVR", year, sex, "_T", "_T", rate, count, false, false, false);
  }

  SeriesValuesFixture row(
      String series,
      int year,
      String sex,
      String age,
      String form,
      Double value,
      Double rawValue,
      boolean personCount,
      boolean censored,
      boolean suppressed) {
    rows.add(
        RowFactory.create(
            "country",
            "NGA",
            "NGA",
            source,
            series.endsWith("R") ? "PER_100000_POP" : "NUMBER",
            "16.2.2",
            series,
            "TIP",
            year,
            sex,
            age,
            form,
            value,
            rawValue,
            personCount,
            censored,
            suppressed,
            null));
    return this;
  }

  Dataset<Row> build(SparkSession spark) {
    return spark.createDataFrame(rows, SCHEMA);
  }
}
