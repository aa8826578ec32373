package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFormat;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.SharedSpark;

/** SDMX-CSV out, and the round trip: what the SDMX adapter reads back equals the Parquet. */
class SdmxExportTest {
  private static final StructType VALUES =
      new StructType()
          .add("scope_type", DataTypes.StringType)
          .add("scope_id", DataTypes.StringType)
          .add("country_iso3", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("series_code", DataTypes.StringType)
          .add("sex", DataTypes.StringType)
          .add("age_group", DataTypes.StringType)
          .add("exploitation_form", DataTypes.StringType)
          .add("unit", DataTypes.StringType)
          .add("year", DataTypes.IntegerType)
          .add("value", DataTypes.DoubleType)
          .add("censored", DataTypes.BooleanType);

  @TempDir static Path published;
  private static Dataset<Row> parquet;
  private static CheckedInput readBack;

  private static Row v(
      String type,
      String id,
      String source,
      String series,
      String sex,
      String age,
      String form,
      String unit,
      int year,
      Double value) {
    String iso = type.equals("country") ? id : null;
    return RowFactory.create(
        type, id, iso, source, series, sex, age, form, unit, year, value, value == null);
  }

  @BeforeAll
  static void export() {
    SparkSession spark = SharedSpark.get();
    List<Row> rows =
        List.of(
            v("country", "GBR", "glotip", "VC_HTF_DETV", "_T", "_T", "_T", "NUMBER", 2019, 10627.0),
            v("country", "GBR", "un_sdg", "VC_HTF_DETV", "_T", "_T", "_T", "NUMBER", 2019, 10600.0),
            v(
                "country",
                "GBR",
                "glotip",
                "VC_HTF_DETVSX",
                "F",
                "Y0T17",
                "SEX_EXPL",
                "NUMBER",
                2019,
                310.0),
            v(
                "country",
                "NPL",
                "glotip",
                "PRG_TIP_PROS",
                "_T",
                "_T",
                "FRC_LAB",
                "NUMBER",
                2020,
                12.0),
            v(
                "aggregate",
                "M49_1",
                "un_sdg",
                "VC_HTF_DETVR",
                "_T",
                "_T",
                "_T",
                "PER_100000_POP",
                2020,
                0.63),
            v(
                "country",
                "XKX",
                "opensdg",
                "VC_HTF_DETV",
                "M",
                "Y_GE18",
                "_T",
                "NUMBER",
                2018,
                45.0),
            v(
                "country",
                "GBR",
                "opensdg",
                "SL_TLF_CHLDEA",
                "_T",
                "Y5T17",
                "_T",
                "PERCENT",
                2020,
                4.5),
            v("country", "NPL", "glotip", "VC_HTF_DETV", "_T", "_T", "_T", "NUMBER", 2021, null),
            v(
                "programme",
                "NPL-TIP",
                "submission",
                "VC_HTF_DETV",
                "_T",
                "_T",
                "_T",
                "NUMBER",
                2021,
                40.0),
            v("region", "SAM", "glotip", "VC_HTF_DETV", "_T", "_T", "_T", "NUMBER", 2020, 900.0));
    spark
        .createDataFrame(rows, VALUES)
        .write()
        .parquet(published.resolve("series_values").toString());
    StructType progress =
        new StructType()
            .add("scope_type", DataTypes.StringType)
            .add("scope_id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("series_code", DataTypes.StringType)
            .add("sex", DataTypes.StringType)
            .add("age_group", DataTypes.StringType)
            .add("exploitation_form", DataTypes.StringType)
            .add("unit", DataTypes.StringType)
            .add("base_year", DataTypes.IntegerType)
            .add("base_value", DataTypes.DoubleType)
            .add("latest_year", DataTypes.IntegerType)
            .add("latest_value", DataTypes.DoubleType)
            .add("target_year", DataTypes.IntegerType)
            .add("target_value", DataTypes.DoubleType)
            .add("direction", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("progress_ratio", DataTypes.DoubleType)
            .add("method", DataTypes.StringType)
            .add("cagr_actual", DataTypes.DoubleType)
            .add("cagr_required", DataTypes.DoubleType);
    spark
        .createDataFrame(
            List.of(
                RowFactory.create(
                    "country",
                    "GBR",
                    "glotip",
                    "VC_HTF_DETV",
                    "_T",
                    "_T",
                    "_T",
                    "NUMBER",
                    2015,
                    3266.0,
                    2019,
                    10627.0,
                    2030,
                    0.0,
                    "decrease",
                    "deterioration",
                    -1.2,
                    "=HYPERLINK(\"x\")",
                    0.34,
                    null),
                RowFactory.create(
                    "programme",
                    "NPL-TIP",
                    "submission",
                    "VC_HTF_DETV",
                    "_T",
                    "_T",
                    "_T",
                    "NUMBER",
                    2016,
                    10.0,
                    2021,
                    40.0,
                    null,
                    null,
                    "increase",
                    "on_track",
                    1.5,
                    "open_sdg",
                    0.3,
                    null)),
            progress)
        .write()
        .parquet(published.resolve("series_progress").toString());
    parquet = spark.read().parquet(published.resolve("series_values").toString()).cache();
    SdmxExport.write(spark, published.toString());
    readBack = readBack(spark, published);
  }

  /**
   * Real runs publish GLOTIP's PRG_TIP_CONV for all forms and per form in one country and year:
   * rows whose SDMX key differs only in CUST_BREAKDOWN. Reading back must keep each, not quarantine
   * all but one as duplicates (1,154 rows on the full run over ../shared/data did).
   */
  @Test
  void rowsThatDifferOnlyInTheFormOfExploitationAreDistinctKeys(@TempDir Path dir) {
    SparkSession spark = SharedSpark.get();
    List<Row> rows = new ArrayList<>();
    double value = 30;
    for (String form : List.of("_T", "FRC_LAB", "SEX_EXPL", "OTH_PUR")) {
      rows.add(
          v("country", "GBR", "glotip", "PRG_TIP_CONV", "_T", "_T", form, "NUMBER", 2019, value));
      value -= 10;
    }
    Dataset<Row> data = spark.createDataFrame(rows, VALUES);
    data.write().parquet(dir.resolve("series_values").toString());
    SdmxExport.write(spark, dir.toString());
    CheckedInput back = readBack(spark, dir);
    assertEquals(0, back.quarantine().count());
    assertEquals(keyed(data), keyed(back.observations()));
  }

  static CheckedInput readBack(SparkSession spark, Path publishedDir) {
    return SdmxAdapter.run(
        spark,
        List.of(
            new InputFile(
                publishedDir.resolve("sdmx/series_values.csv").toString(),
                "national/sdmx/series_values.csv",
                InputFormat.CSV)),
        CatalogueSeries.table(spark, SdgCatalogueLoader.loadDefault()));
  }

  static List<String> keyed(Dataset<Row> data) {
    List<String> out = new ArrayList<>();
    for (Row r :
        data.select(
                "scope_type",
                "scope_id",
                "country_iso3",
                "year",
                "series_code",
                "sex",
                "age_group",
                "exploitation_form",
                "value",
                "unit")
            .collectAsList()) {
      out.add(r.mkString("|"));
    }
    out.sort(String::compareTo);
    return out;
  }

  @Test
  void whatTheAdapterReadsBackEqualsThePublishedParquet() {
    List<String> expected =
        keyed(
            parquet.where(
                col("value")
                    .isNotNull()
                    .and(col("scope_type").isin("country", "aggregate", "subnational"))));
    assertEquals(7, expected.size());
    assertEquals(expected, keyed(readBack.observations()));
  }

  @Test
  void withheldValuesAreBlankAndAreasTheDsdCannotNameAreLeftOut() throws Exception {
    List<String> lines = Files.readAllLines(published.resolve("sdmx/series_values.csv"));
    assertEquals(
        "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,CUST_BREAKDOWN,"
            + "TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,SOURCE_DETAIL",
        lines.get(0));
    assertEquals(9, lines.size()); // header, 7 values, 1 withheld; no programme or region
    assertTrue(
        lines.contains(
            "dataflow,IAEG-SDGs:DF_SDG_GLH(1.0),I,A,N,VC_HTF_DETV,524,_T,_T,_T,2021,,NUMBER,0,M,"
                + "glotip"),
        String.join("\n", lines));
    assertTrue(
        lines.stream().anyMatch(l -> l.contains(",VC_HTF_DETVR,1,") && l.contains(",0.63,")));
    assertTrue(
        lines.stream().anyMatch(l -> l.contains(",SL_TLF_CHLDEA,826,") && l.contains(",PT,")));
    assertTrue(lines.stream().anyMatch(l -> l.contains(",VC_HTF_DETV,412,M,Y_GE18,")));
    Row q = readBack.dataQuality().first();
    assertEquals(8L, q.<Long>getAs("rows_read"));
    assertEquals(7L, q.<Long>getAs("rows_accepted"));
    assertEquals(
        Arrays.asList("no_value"),
        readBack
            .quarantine()
            .select("reason_code")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList());
  }

  @Test
  void progressCarriesBaseAndStatusBesideTheLatestObservation() throws Exception {
    List<String> lines = Files.readAllLines(published.resolve("sdmx/series_progress.csv"));
    assertEquals(2, lines.size()); // the programme series has no DSD area
    assertTrue(
        lines
            .get(0)
            .endsWith(
                ",SOURCE_DETAIL,BASE_PER,BASE_VALUE,TARGET_YEAR,TARGET_VALUE,DIRECTION,"
                    + "PROGRESS_STATUS,PROGRESS_RATIO,PROGRESS_METHOD,CAGR_ACTUAL,CAGR_REQUIRED"));
    assertEquals(
        "dataflow,IAEG-SDGs:DF_SDG_GLH(1.0),I,A,N,VC_HTF_DETV,826,_T,_T,_T,2019,10627,NUMBER,0,A,"
            + "glotip,2015,3266,2030,0,decrease,deterioration,-1.2,\"'=HYPERLINK(\"\"x\"\")\","
            + "0.34,",
        lines.get(1));
  }
}
