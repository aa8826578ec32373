package org.tipevidence.jobs.disclosure;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.progress.SeriesKey;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * {@link PublishedProtection#seriesProgress} takes base/latest suppression and the withheld years
 * from one per-series lookup; this pins it to the former formulation (two left joins on series and
 * year, and a join with the withheld years after the control), kept here as the reference, on rows
 * that exercise null keys, duplicate cells, censored and withheld years and unmatched series.
 */
class DisclosureSeriesProgressTest {
  private static final SuppressionRule K5 = SuppressionRule.of(5);
  private final SparkSession spark = SharedSpark.get();

  @Test
  void sameRowsAsTheJoinFormulation() {
    Dataset<Row> values = values();
    Dataset<Row> progress = progress();
    Dataset<Row> now = PublishedProtection.seriesProgress(progress, values, K5);
    Dataset<Row> before = reference(progress, values, K5);
    assertArrayEquals(before.columns(), now.columns(), "same columns in the same order");
    assertEquals(before.count(), now.count());
    assertEquals(0, before.exceptAll(now).count(), "rows only in the reference");
    assertEquals(0, now.exceptAll(before).count(), "rows only in the lookup version");
    // The fixture reaches every branch: duplicates, inherited reasons and trends over withheld
    // years are all present in the output.
    assertEquals(11, now.count(), "a duplicated base cell gives two rows, as a left join does");
    assertTrue(
        now.where(col("base_value_suppression").equalTo("primary")).count() >= 2, "inherited");
    assertEquals(
        1,
        now.where(col("sex").equalTo("_T").and(col("scope_id").equalTo("A")))
            .where(col("derived_suppressed"))
            .count(),
        "the total over a withheld 2019 has its trends withheld");
    assertEquals(
        0,
        now.where(col("base_year").equalTo(2019).and(col("derived_suppressed"))).count(),
        "a censored year is left out of trends, so it withholds nothing");
  }

  // --- fixture ---------------------------------------------------------------------------

  private static final List<String> SERIES = SeriesKey.SERIES;

  private static List<StructField> seriesFields() {
    List<StructField> f = new ArrayList<>();
    for (String k : SERIES) {
      f.add(DataTypes.createStructField(k, DataTypes.StringType, true));
    }
    f.add(DataTypes.createStructField("country_iso3", DataTypes.StringType, true));
    return f;
  }

  /** Series key values: scope id, indicator code (may be null), sex. */
  private static List<Object> series(String scope, String indicatorCode, String sex) {
    List<Object> v = new ArrayList<>();
    for (String k : SERIES) {
      v.add(
          switch (k) {
            case "scope_type" -> "programme";
            case "scope_id" -> scope;
            case "source" -> "submission";
            case "sdg_target" -> "16.2";
            case "sdg_indicator" -> "16.2.2";
            case "series_code" -> "VC_HTF_DETV";
            case "indicator_code" -> indicatorCode;
            case "crime_type" -> "TIP";
            case "sex" -> sex;
            case "age_group", "exploitation_form" -> "_T";
            case "unit" -> "NUMBER";
            case "direction" -> "decrease";
            case "aggregation" -> "sum";
            default -> throw new IllegalStateException(k);
          });
    }
    v.add("NGA");
    return v;
  }

  private Dataset<Row> values() {
    List<StructField> f = seriesFields();
    f.add(DataTypes.createStructField("year", DataTypes.IntegerType, true));
    f.add(DataTypes.createStructField("value", DataTypes.DoubleType, true));
    f.add(DataTypes.createStructField("censored", DataTypes.BooleanType, true));
    f.add(DataTypes.createStructField("suppressed", DataTypes.BooleanType, true));
    f.add(DataTypes.createStructField("suppression", DataTypes.StringType, true));
    List<Row> rows = new ArrayList<>();
    for (String sex : List.of("F", "M", "_T")) {
      for (int y = 2016; y <= 2022; y++) {
        String why = null;
        boolean censored = false;
        if (sex.equals("F") && y == 2016) {
          why = "primary";
        } else if (sex.equals("_T") && y == 2019) {
          why = "complementary";
        } else if (sex.equals("M") && y == 2020) {
          why = "censored";
          censored = true;
        }
        rows.add(value(series("A", "I1", sex), y, why, censored));
        // Series B has a null indicator code (null-safe match) and a duplicate 2016 cell.
        rows.add(value(series("B", null, sex), y, sex.equals("M") && y == 2018 ? "primary" : null));
      }
    }
    rows.add(value(series("B", null, "F"), 2016, "primary"));
    return spark.createDataFrame(rows, new StructType(f.toArray(StructField[]::new)));
  }

  private static Row value(List<Object> key, int year, String why) {
    return value(key, year, why, false);
  }

  private static Row value(List<Object> key, int year, String why, boolean censored) {
    List<Object> v = new ArrayList<>(key);
    v.add(year);
    v.add(why == null ? 20.0 : null);
    v.add(censored);
    v.add(why != null);
    v.add(why);
    return RowFactory.create(v.toArray());
  }

  private Dataset<Row> progress() {
    List<StructField> f = seriesFields();
    f.add(DataTypes.createStructField("base_year", DataTypes.IntegerType, true));
    f.add(DataTypes.createStructField("base_value", DataTypes.DoubleType, true));
    f.add(DataTypes.createStructField("latest_year", DataTypes.IntegerType, true));
    f.add(DataTypes.createStructField("latest_value", DataTypes.DoubleType, true));
    f.add(DataTypes.createStructField("person_count", DataTypes.BooleanType, true));
    for (String d : DisclosureRegistry.PROGRESS_DERIVED) {
      f.add(DataTypes.createStructField(d, DataTypes.DoubleType, true));
    }
    f.add(DataTypes.createStructField("status", DataTypes.StringType, true));
    List<Row> rows = new ArrayList<>();
    for (String sex : List.of("F", "M", "_T")) {
      rows.add(progressRow(series("A", "I1", sex), 2016, 2022));
      rows.add(progressRow(series("B", null, sex), 2016, 2021));
    }
    rows.add(progressRow(series("C", "I9", "_T"), 2016, 2022)); // no stored values at all
    rows.add(progressRow(series("A", "I1", "F"), null, 2022)); // no base year
    rows.add(progressRow(series("A", "I1", "M"), 2021, 2022)); // window after the censored year
    rows.add(progressRow(series("A", "I1", "M"), 2019, 2022)); // only a censored year withheld
    return spark.createDataFrame(rows, new StructType(f.toArray(StructField[]::new)));
  }

  private static Row progressRow(List<Object> key, Integer baseYear, int latestYear) {
    List<Object> v = new ArrayList<>(key);
    v.add(baseYear);
    v.add(baseYear == null ? null : 20.0);
    v.add(latestYear);
    v.add(30.0);
    v.add(true);
    for (int i = 0; i < DisclosureRegistry.PROGRESS_DERIVED.size(); i++) {
      v.add(0.5 + i);
    }
    v.add("on_track");
    return RowFactory.create(v.toArray());
  }

  // --- the former formulation, as the reference ---------------------------------------------

  private static Dataset<Row> reference(
      Dataset<Row> progress, Dataset<Row> values, SuppressionRule rule) {
    Dataset<Row> inherited = inherit(inherit(progress, values, "base"), values, "latest");
    Dataset<Row> controlled =
        DisclosureControl.apply(inherited, DisclosureRegistry.seriesProgress(), rule);
    return withhold(controlled, values);
  }

  private static Dataset<Row> inherit(Dataset<Row> progress, Dataset<Row> values, String which) {
    List<Column> select = new ArrayList<>();
    for (String k : SERIES) {
      select.add(col(k).as("_v_" + k));
    }
    select.add(col("year").as("_v_year"));
    select.add(col("suppressed").as(which + "_value_suppressed"));
    select.add(col("suppression").as(which + "_value_suppression"));
    Column match = progress.col(which + "_year").equalTo(col("_v_year"));
    for (String k : SERIES) {
      match = match.and(progress.col(k).eqNullSafe(col("_v_" + k)));
    }
    Dataset<Row> joined =
        progress.join(values.select(select.toArray(Column[]::new)), match, "left");
    for (String k : SERIES) {
      joined = joined.drop("_v_" + k);
    }
    return joined.drop("_v_year");
  }

  private static Dataset<Row> withhold(Dataset<Row> progress, Dataset<Row> values) {
    List<Column> key = new ArrayList<>();
    for (String k : SERIES) {
      key.add(col(k).as("_w_" + k));
    }
    Dataset<Row> withheldYears =
        values
            .where(col("suppressed").and(not(col("censored"))))
            .groupBy(key.toArray(Column[]::new))
            .agg(collect_list(col("year")).as("_withheld_years"));
    Column match = lit(true);
    for (String k : SERIES) {
      match = match.and(progress.col(k).eqNullSafe(col("_w_" + k)));
    }
    Dataset<Row> joined = progress.join(withheldYears, match, "left");
    Column overWithheld =
        coalesce(
            exists(col("_withheld_years"), y -> y.between(col("base_year"), col("latest_year"))),
            lit(false));
    for (String d : DisclosureRegistry.PROGRESS_DERIVED) {
      joined =
          joined.withColumn(
              d, when(overWithheld, lit(null).cast(DataTypes.DoubleType)).otherwise(col(d)));
    }
    joined =
        joined.withColumn(
            "derived_suppressed", coalesce(col("derived_suppressed"), lit(false)).or(overWithheld));
    for (String k : SERIES) {
      joined = joined.drop("_w_" + k);
    }
    return joined
        .drop("_withheld_years")
        .select(Arrays.stream(progress.columns()).map(c -> col(c)).toArray(Column[]::new));
  }
}
