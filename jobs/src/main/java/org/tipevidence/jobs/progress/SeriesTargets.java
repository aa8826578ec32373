package org.tipevidence.jobs.progress;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.catalogue.ProgressTarget;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgIndicator;
import org.tipevidence.common.catalogue.SdgSeries;
import org.tipevidence.common.catalogue.SdmxUnit;

/**
 * Attaches a target to each series: the programme's targets.csv row first, else the catalogue's SDG
 * target, else none (the methods then judge the direction of change only).
 *
 * <ul>
 *   <li>A targets.csv row (programme × local indicator code) is a programme-level figure, so it
 *       applies only to the programme's headline series (sex, age group and exploitation form all
 *       {@code _T}); disaggregated series do not inherit it.
 *   <li>A catalogue target applies only when its direction equals the series' direction (a
 *       programme that wants more victims identified is not judged against "zero victims") and its
 *       value is 0 or in the series' unit (e.g. 100% applies to a PERCENT series, not to a count).
 *       A catalogue target that gives only a direction ("Decrease") is no numeric target.
 * </ul>
 */
public final class SeriesTargets {
  private SeriesTargets() {}

  static final StructType CATALOGUE_SCHEMA =
      new StructType()
          .add("ct_series_code", DataTypes.StringType, false)
          .add("ct_unit", DataTypes.StringType, false)
          .add("ct_direction", DataTypes.StringType, false)
          .add("ct_value", DataTypes.DoubleType, true)
          .add("ct_year", DataTypes.IntegerType, false);

  /** One row per catalogue series whose indicator has a progress target (a few dozen rows). */
  public static Dataset<Row> catalogue(SparkSession spark, SdgCatalogue catalogue) {
    List<Row> rows = new ArrayList<>();
    for (SdgIndicator indicator : catalogue.indicators()) {
      if (indicator.target().isEmpty()) {
        continue;
      }
      ProgressTarget t = indicator.target().get();
      for (SdgSeries s : indicator.series()) {
        rows.add(RowFactory.create(s.code(), s.unit(), t.direction().json(), t.value(), t.year()));
      }
    }
    return spark.createDataFrame(rows, CATALOGUE_SCHEMA);
  }

  /**
   * pt_programme_id, pt_indicator_code, pt_year, pt_value and pt_base_year (the row's
   * baseline_year, null when blank) from accepted targets.csv rows.
   */
  public static Dataset<Row> programme(Dataset<Row> acceptedTargets) {
    return acceptedTargets.select(
        trim(col("programme_id")).as("pt_programme_id"),
        trim(col("indicator_code")).as("pt_indicator_code"),
        col("target_year_num").cast(DataTypes.IntegerType).as("pt_year"),
        col("target_value_num").as("pt_value"),
        col("baseline_year_num").cast(DataTypes.IntegerType).as("pt_base_year"));
  }

  /**
   * A targets.csv row applies to its programme's headline series of the same local indicator
   * (programme-level figures are not inherited by disaggregated series).
   */
  static Column programmeMatch(Column programmeId, Column indicatorCode) {
    return col("scope_type")
        .equalTo("programme")
        .and(col("scope_id").equalTo(programmeId))
        .and(col("indicator_code").equalTo(indicatorCode))
        .and(col("sex").equalTo("_T"))
        .and(col("age_group").equalTo("_T"))
        .and(col("exploitation_form").equalTo("_T"));
  }

  /**
   * Adds target_year, target_value and target_source ({@code programme_targets}, {@code catalogue}
   * or {@code none}) to one row per series.
   */
  public static Dataset<Row> attach(
      Dataset<Row> series, Dataset<Row> programmeTargets, Dataset<Row> catalogueTargets) {
    Column programmeMatch = programmeMatch(col("pt_programme_id"), col("pt_indicator_code"));
    Column catalogueMatch =
        col("series_code")
            .equalTo(col("ct_series_code"))
            .and(lower(trim(col("direction"))).equalTo(col("ct_direction")));
    Column fromProgramme = col("pt_programme_id").isNotNull();
    Column fromCatalogue =
        col("ct_value")
            .isNotNull()
            .and(col("ct_value").equalTo(0.0).or(sameUnit(col("unit"), col("ct_unit"))));
    return series
        .join(broadcast(programmeTargets), programmeMatch, "left")
        .join(broadcast(catalogueTargets), catalogueMatch, "left")
        .withColumn(
            "target_year", when(fromProgramme, col("pt_year")).when(fromCatalogue, col("ct_year")))
        .withColumn(
            "target_value",
            when(fromProgramme, col("pt_value")).when(fromCatalogue, col("ct_value")))
        .withColumn(
            "target_source",
            when(fromProgramme, lit("programme_targets"))
                .when(fromCatalogue, lit("catalogue"))
                .otherwise(lit("none")))
        .drop(
            "pt_programme_id",
            "pt_indicator_code",
            "pt_year",
            "pt_value",
            "pt_base_year",
            "ct_series_code",
            "ct_unit",
            "ct_direction",
            "ct_value",
            "ct_year");
  }

  /** Observation unit (mapping unit or SDMX code) vs a catalogue series' SDMX unit. */
  static Column sameUnit(Column unit, Column sdmxUnit) {
    Column per100k =
        unit.isin(SdmxUnit.PER_100000_POP, SdmxUnit.RATIO_COUNT_PER_100000_COUNT_POP)
            .and(sdmxUnit.isin(SdmxUnit.PER_100000_POP, SdmxUnit.RATIO_COUNT_PER_100000_COUNT_POP));
    Column percent = unit.isin("PERCENT", SdmxUnit.PT).and(sdmxUnit.equalTo(SdmxUnit.PT));
    return unit.equalTo(sdmxUnit).or(per100k).or(percent);
  }
}
