package org.tipevidence.jobs.mse;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.Paths;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * The UK 2013 tables of shared/data/mse (reference figures in shared/methods-mse.md) through the
 * Spark stage. The real files are linked into a temporary folder, never copied; the metadata is the
 * test's own. UKdat runs the full default bootstrap (1000 replicates); the three-table run checks
 * the models and Wald limits without a bootstrap.
 */
class DarkFigureUkTest {
  private static final String METADATA =
      "file,country_iso3,period,list_names\n"
          + "UKdat.csv,GBR,2013,LA=Local authorities;NG=NGOs;PF=Police forces;"
          + "GO=Government organisations;GP=General public;NCA=National Crime Agency\n"
          + "UKdat_5.csv,GBR,2013-Q1,\n" // a distinct period so rows are told apart
          + "UKdat_4.csv,GBR,2013-Q2,\n";

  private static Path input;

  @BeforeAll
  static void linkRealTables(@TempDir Path dir) throws IOException {
    Path real = Paths.sharedData().map(d -> d.resolve("mse")).orElse(null);
    Assumptions.assumeTrue(
        real != null && Files.isRegularFile(real.resolve("UKdat.csv")), "no shared/data/mse");
    input = dir;
  }

  private static Path folder(Path dir, String... tables) throws IOException {
    Path mse = Files.createDirectories(dir.resolve("national").resolve("mse"));
    Path real = Paths.sharedData().orElseThrow().resolve("mse");
    for (String t : tables) {
      // Copied, not linked: a link out of the input folder is refused (docs/INPUTS.md).
      Files.copy(real.resolve(t), mse.resolve(t));
    }
    Files.writeString(mse.resolve(MseFiles.METADATA), METADATA);
    return dir;
  }

  private static Dataset<Row> population(SparkSession spark) {
    return spark.createDataFrame(
        List.of(RowFactory.create("GBR", 2013, 64_100_000.0)),
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("pop_country", DataTypes.StringType, false),
                DataTypes.createStructField("pop_year", DataTypes.IntegerType, false),
                DataTypes.createStructField("population", DataTypes.DoubleType, false))));
  }

  static void assertRel(double expected, double actual, double tolerance, String what) {
    assertTrue(
        Math.abs(actual - expected) <= tolerance * Math.abs(expected),
        what + ": expected " + expected + " ± " + tolerance + " relative, got " + actual);
  }

  @Test
  void ukdatRowMatchesReferenceWithThousandReplicates() throws IOException {
    SparkSession spark = SharedSpark.get();
    Path dir = folder(input.resolve("full"), "UKdat.csv");
    MseSettings settings = MseSettings.defaults();
    assertEquals(1000, settings.replicates());
    long t0 = System.nanoTime();
    DarkFigureStage.Result result =
        new DarkFigureStage(spark, settings)
            .apply(
                new DarkFigureStage.Inputs(
                    MseFiles.find(InputLayout.of(dir.toString()), null), population(spark)));
    List<Row> rows = result.darkFigure().collectAsList();
    System.out.printf(
        "UKdat dark_figure with %d replicates on Spark: %.1f s%n",
        settings.replicates(), (System.nanoTime() - t0) / 1e9);
    assertEquals(1, rows.size());
    Row r = rows.get(0);

    assertEquals("GBR", r.getAs("country_iso3"));
    assertEquals("2013", r.getAs("period"));
    assertEquals(6, (int) r.getAs("n_lists"));
    assertEquals(2744L, (long) r.getAs("observed"));
    assertEquals(
        List.of("PF:NCA", "LA:NG", "NG:GP", "LA:PF", "PF:GP", "GO:GP", "NG:GO"),
        r.getList(r.fieldIndex("model_pairs")));
    assertEquals(
        "main effects + PF:NCA + LA:NG + NG:GP + LA:PF + PF:GP + GO:GP + NG:GO", r.getAs("model"));
    assertEquals(List.of("LA:GP", "LA:NCA"), r.getList(r.fieldIndex("empty_overlaps")));
    assertEquals(List.of(), r.getList(r.fieldIndex("pairs_at_minus_infinity")));
    double[] p = {
      7.1323e-11, 2.1845e-07, 2.1828e-05, 5.4343e-05, 3.5467e-04, 1.4551e-03, 1.8862e-02
    };
    List<Double> pActual = r.getList(r.fieldIndex("model_p_values"));
    for (int i = 0; i < p.length; i++) {
      assertRel(p[i], pActual.get(i), 1e-4, "p-value of step " + (i + 1));
    }
    assertRel(0.116681, r.getAs("stop_p_value"), 1e-5, "stop p");

    assertRel(11417.9911, r.getAs("estimate"), 1e-6, "estimate");
    assertRel(11417.9911 - 2744, r.getAs("undetected"), 1e-6, "undetected");
    assertRel(9977.2826, r.getAs("wald95_low"), 1e-4, "Wald 95 low");
    assertRel(13145.6565, r.getAs("wald95_high"), 1e-4, "Wald 95 high");
    assertRel(12213.9951, r.getAs("main_effects_estimate"), 1e-6, "main effects");
    assertRel(10988.8001, r.getAs("main_effects_wald95_low"), 1e-4, "main effects low");
    assertRel(13621.2567, r.getAs("main_effects_wald95_high"), 1e-4, "main effects high");

    assertEquals(1000, (int) r.getAs("bootstrap_replicates"));
    assertEquals(20130101L, (long) r.getAs("bootstrap_seed"));
    assertEquals(0, (int) r.getAs("bootstrap_failed"));
    assertRel(9300, r.getAs("bca95_low"), 0.05, "BCa 95 low");
    assertRel(14300, r.getAs("bca95_high"), 0.05, "BCa 95 high");
    double bca80Low = r.getAs("bca80_low");
    double bca80High = r.getAs("bca80_high");
    assertTrue(bca80Low > (double) r.getAs("bca95_low") && bca80Low < 11417.9911);
    assertTrue(bca80High < (double) r.getAs("bca95_high") && bca80High > 11417.9911);
    assertEquals("bca_95", r.getAs("ci_method"));
    assertEquals((double) r.getAs("bca95_low"), (double) r.getAs("ci_low"));
    assertEquals((double) r.getAs("bca95_high"), (double) r.getAs("ci_high"));

    assertEquals(2744 / 11417.9911, r.getAs("detection_rate"), 1e-6);
    assertEquals(64_100_000L, (long) r.getAs("population"));
    assertEquals(11417.9911 / 641, r.getAs("estimate_per_100k"), 1e-3);
    assertEquals(List.of("empty_overlap"), r.getList(r.fieldIndex("warnings")));
    assertEquals(
        "Local authorities", r.getList(r.fieldIndex("list_names")).get(0), "list descriptions");
    String line = r.getAs("sensitivity");
    assertTrue(line.startsWith("main effects: 12,214; p=0.001: "), line);
    assertTrue(line.contains("p=0.02: 11,418 (7 pairs, selected)"), line);

    // Every row of the table was used; the metadata row is accepted as reference.
    Map<String, long[]> quality = quality(result);
    assertEquals(List.of(25L, 25L, 0L), asList(quality.get("national/mse/UKdat.csv")));
    assertEquals(List.of(3L, 1L, 2L), asList(quality.get("national/mse/mse-tables.csv")));
  }

  @Test
  void threeUkTablesGiveReferenceModelsAndWaldLimitsWithoutBootstrap() throws IOException {
    SparkSession spark = SharedSpark.get();
    Path dir = folder(input.resolve("three"), "UKdat.csv", "UKdat_5.csv", "UKdat_4.csv");
    DarkFigureStage.Result result =
        new DarkFigureStage(spark, new MseSettings(MseSettings.DEFAULT_SEED, 0))
            .apply(
                new DarkFigureStage.Inputs(
                    MseFiles.find(InputLayout.of(dir.toString()), null), population(spark)));
    Map<String, Row> byFile =
        result.darkFigure().collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs("source_file"), r -> r));
    assertEquals(3, byFile.size());

    Row five = byFile.get("national/mse/UKdat_5.csv");
    assertEquals(
        List.of("LA:NG", "NG:GP", "PFNCA:GP", "LA:PFNCA", "GO:GP", "NG:GO"),
        five.getList(five.fieldIndex("model_pairs")));
    assertRel(11312.9903, five.getAs("estimate"), 1e-6, "UKdat_5 estimate");
    assertRel(9884.4028, five.getAs("wald95_low"), 1e-4, "UKdat_5 low");
    assertRel(13027.3967, five.getAs("wald95_high"), 1e-4, "UKdat_5 high");
    assertRel(13444.1312, five.getAs("main_effects_estimate"), 1e-6, "UKdat_5 main");
    assertRel(0.112752, five.getAs("stop_p_value"), 1e-5, "UKdat_5 stop p");

    Row four = byFile.get("national/mse/UKdat_4.csv");
    assertEquals(
        List.of("LA:NG", "LA:PFNCA", "NG:GO"), four.getList(four.fieldIndex("model_pairs")));
    assertEquals(2428L, (long) four.getAs("observed"));
    assertRel(11015.2445, four.getAs("estimate"), 1e-6, "UKdat_4 estimate");
    assertRel(9582.2597, four.getAs("wald95_low"), 1e-4, "UKdat_4 low");
    assertRel(12735.2534, four.getAs("wald95_high"), 1e-4, "UKdat_4 high");
    assertRel(10694.2545, four.getAs("main_effects_estimate"), 1e-6, "UKdat_4 main");
    assertEquals(List.of(), four.getList(four.fieldIndex("empty_overlaps")));

    Row six = byFile.get("national/mse/UKdat.csv");
    assertRel(11417.9911, six.getAs("estimate"), 1e-6, "UKdat estimate");
    // Without a bootstrap the headline interval is Wald's, and the row says so.
    assertEquals("wald_95", six.getAs("ci_method"));
    assertEquals((double) six.getAs("wald95_low"), (double) six.getAs("ci_low"));
    assertTrue(six.isNullAt(six.fieldIndex("bca95_low")));
    assertTrue(six.getList(six.fieldIndex("warnings")).contains("no_bootstrap"));
    // Periods 2013-Q1/Q2 join the 2013 population (first four digits of the period).
    assertEquals(64_100_000L, (long) five.getAs("population"));
  }

  private static Map<String, long[]> quality(DarkFigureStage.Result result) {
    Dataset<Row> dq = null;
    for (CheckedInput in : result.inputs()) {
      dq = dq == null ? in.dataQuality() : dq.unionByName(in.dataQuality());
    }
    return dq
        .select(col("source_file"), col("rows_read"), col("rows_accepted"), col("rows_quarantined"))
        .collectAsList()
        .stream()
        .collect(
            Collectors.toMap(
                r -> r.getString(0), r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3)}));
  }

  private static List<Long> asList(long[] v) {
    return v == null ? null : java.util.Arrays.stream(v).boxed().toList();
  }
}
