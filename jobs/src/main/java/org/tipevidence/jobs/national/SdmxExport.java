package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.tipevidence.common.catalogue.UnitLabels;
import org.tipevidence.common.text.CsvLine;
import org.tipevidence.jobs.spark.ParquetReads;
import org.tipevidence.jobs.validate.CodeLiterals;

/**
 * SDMX-CSV out (docs/national-data.md, "SDMX-CSV export"): {@code series_values} and {@code
 * series_progress} of the published area as SDMX-CSV 2.0 with the SDG DSD's component IDs, in
 * {@code published/sdmx/}. Built from the published Parquet after the run's disclosure check, so it
 * shows exactly the protected figures and never restricted data. Only areas the DSD can name are
 * written (countries, M49 aggregates and parts of countries); programme and GLOTIP regional series
 * have no {@code REF_AREA} code.
 */
public final class SdmxExport {
  public static final String FOLDER = "sdmx";
  static final String STRUCTURE_ID = "IAEG-SDGs:DF_SDG_GLH(1.0)";

  private static final List<String> KEY =
      List.of(
          "STRUCTURE",
          "STRUCTURE_ID",
          "ACTION",
          "FREQ",
          "REPORTING_TYPE",
          "SERIES",
          "REF_AREA",
          "SEX",
          "AGE",
          "CUST_BREAKDOWN",
          "TIME_PERIOD",
          "OBS_VALUE",
          "UNIT_MEASURE",
          "UNIT_MULT",
          "OBS_STATUS",
          "SOURCE_DETAIL");

  private SdmxExport() {}

  /**
   * Writes {@code sdmx/series_values.csv} and {@code sdmx/series_progress.csv} under {@code
   * publishedDir} from the Parquet datasets there (a missing dataset writes no file). Call after
   * the disclosure check and before publication.
   */
  public static void write(SparkSession spark, String publishedDir) {
    Path dir = new Path(publishedDir);
    writeIfPresent(spark, dir, "series_values", List.of(), List.of());
    writeIfPresent(
        spark,
        dir,
        "series_progress",
        List.of(
            "BASE_PER",
            "BASE_VALUE",
            "TARGET_YEAR",
            "TARGET_VALUE",
            "DIRECTION",
            "PROGRESS_STATUS",
            "PROGRESS_RATIO",
            "PROGRESS_METHOD",
            "CAGR_ACTUAL",
            "CAGR_REQUIRED"),
        List.of(
            col("base_year"),
            col("base_value"),
            col("target_year"),
            col("target_value"),
            col("direction"),
            col("status"),
            col("progress_ratio"),
            col("method"),
            col("cagr_actual"),
            col("cagr_required")));
  }

  private static void writeIfPresent(
      SparkSession spark, Path dir, String name, List<String> extraIds, List<Column> extras) {
    Path source = new Path(dir, name);
    try {
      FileSystem fs = source.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(source)) {
        return;
      }
      Dataset<Row> data = ParquetReads.read(spark, source.toString());
      boolean progress = name.equals("series_progress");
      Dataset<Row> rows = sdmxRows(data, progress, extras);
      List<String> header = new ArrayList<>(KEY);
      header.addAll(extraIds);
      Path target = new Path(new Path(dir, FOLDER), name + ".csv");
      try (Writer out = new OutputStreamWriter(fs.create(target, true), StandardCharsets.UTF_8)) {
        out.write(CsvLine.of(header));
        Iterator<Row> it = rows.toLocalIterator();
        while (it.hasNext()) {
          Row r = it.next();
          List<Object> cells = new ArrayList<>(r.length());
          for (int i = 0; i < r.length(); i++) {
            cells.add(r.get(i));
          }
          out.write(CsvLine.of(cells));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the SDMX-CSV export of " + name, e);
    }
  }

  /** The published rows the export writes: those whose area the DSD can name. */
  static Dataset<Row> exportable(Dataset<Row> data) {
    Column scope = col("scope_type");
    Column area =
        when(scope.equalTo("country"), CodeLiterals.lookup(col("scope_id"), m49ByIso3()))
            .when(
                scope.isin("aggregate", "subnational"),
                substring_index(col("scope_id"), "M49_", -1));
    return data.withColumn("_area", area).where(col("_area").isNotNull());
  }

  /** Published rows in SDMX component order (KEY, then the extras), areas the DSD can name. */
  static Dataset<Row> sdmxRows(Dataset<Row> data, boolean progress, List<Column> extras) {
    Column year = progress ? col("latest_year") : col("year");
    Column value = progress ? col("latest_value") : col("value");
    Map<String, String> units = new TreeMap<>();
    for (String u :
        List.of("NUMBER", "PERCENT", "PER_100000_POP", "CURRENCY_USD", "SCORE", "BINARY")) {
      units.put(u, UnitLabels.sdmxCode(u));
    }
    List<Column> cells = new ArrayList<>();
    cells.add(lit("dataflow"));
    cells.add(lit(STRUCTURE_ID));
    cells.add(lit("I"));
    cells.add(lit("A"));
    cells.add(when(col("source").equalTo("un_sdg"), lit("G")).otherwise(lit("N")));
    cells.add(col("series_code"));
    cells.add(col("_area"));
    cells.add(col("sex"));
    cells.add(col("age_group"));
    cells.add(col("exploitation_form"));
    cells.add(year.cast(DataTypes.StringType));
    cells.add(value.cast(DataTypes.DoubleType));
    cells.add(
        org.apache.spark.sql.functions.coalesce(
            CodeLiterals.lookup(col("unit"), units), col("unit")));
    cells.add(lit("0"));
    cells.add(when(value.isNull(), lit("M")).otherwise(lit("A")));
    cells.add(col("source"));
    cells.addAll(extras);
    return exportable(data)
        .orderBy(
            col("series_code"),
            col("_area"),
            year,
            col("sex"),
            col("age_group"),
            col("exploitation_form"),
            col("source"))
        .select(cells.toArray(new Column[0]));
  }

  /** ISO3 → M49 numeric code without leading zeros (the inverse of {@link M49Areas}). */
  static Map<String, String> m49ByIso3() {
    Map<String, String> out = new TreeMap<>();
    M49Areas.countries().forEach((m49, iso3) -> out.putIfAbsent(iso3, m49));
    return out;
  }
}
