package org.tipevidence.jobs.mse;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.tipevidence.jobs.pipeline.RunJob;
import org.tipevidence.jobs.testing.SampleRun;
import org.tipevidence.jobs.testing.SharedSpark;

/** {@code run} on sample-data publishes dark_figure from national/mse/NLD_2019.csv. */
class DarkFigureSampleRunTest {
  @Test
  void runOnSampleDataWritesDarkFigure() {
    SparkSession spark = SharedSpark.get();
    Path out = SampleRun.output();
    RunJob.Outcome outcome = SampleRun.outcome();
    assertEquals(1L, outcome.rows().get("dark_figure"));
    Path published = out.resolve("current").resolve("published").resolve("dark_figure");
    assertTrue(Files.isDirectory(published), published + " missing");

    List<Row> rows = spark.read().parquet(published.toString()).collectAsList();
    assertEquals(1, rows.size());
    Row nld = rows.get(0);
    assertEquals("NLD", nld.getAs("country_iso3"));
    assertEquals("2019", nld.getAs("period"));
    assertEquals(5, (int) nld.getAs("n_lists"));
    assertEquals(1265L, (long) nld.getAs("observed"));
    assertEquals("national/mse/NLD_2019.csv", nld.getAs("source_file"));
    assertEquals(
        List.of("Police", "NGO", "Labour inspectorate", "Immigration service", "Municipality"),
        nld.getList(nld.fieldIndex("list_names")));
    assertEquals(SampleRun.MSE_REPLICATES, (int) nld.getAs("bootstrap_replicates"));
    assertEquals(SampleRun.MSE_SEED, (long) nld.getAs("bootstrap_seed"));
    double estimate = nld.getAs("estimate");
    // Synthetic table with about 1,750 unobserved victims expected (sample-data/README.md).
    assertTrue(estimate > 1265 + 800 && estimate < 1265 + 4000, "estimate " + estimate);
    assertEquals(estimate - 1265, (double) nld.getAs("undetected"), 1e-6);
    assertEquals(1265 / estimate, (double) nld.getAs("detection_rate"), 1e-12);
    double low = nld.getAs("ci_low");
    double high = nld.getAs("ci_high");
    assertTrue(low > 1265 && low < estimate && estimate < high, low + " " + high);
    // population.csv covers programme countries only: no NLD, so no rate and a warning.
    assertTrue(nld.isNullAt(nld.fieldIndex("estimate_per_100k")));
    assertTrue(nld.getList(nld.fieldIndex("warnings")).contains("no_population"));

    List<Row> quality =
        spark
            .read()
            .parquet(out.resolve("current/published/data_quality").toString())
            .where(col("input_kind").startsWith("mse"))
            .orderBy("source_file")
            .select(
                "source_file", "rows_read", "rows_accepted", "rows_quarantined", "accepted_into")
            .collectAsList();
    assertEquals(2, quality.size());
    assertEquals("national/mse/NLD_2019.csv", quality.get(0).getString(0));
    assertEquals(
        List.of(24L, 24L, 0L),
        List.of(quality.get(0).getLong(1), quality.get(0).getLong(2), quality.get(0).getLong(3)));
    assertEquals("dark_figure", quality.get(0).getString(4));
    assertEquals("national/mse/mse-tables.csv", quality.get(1).getString(0));
    assertEquals(1L, quality.get(1).getLong(2));
    assertEquals("reference", quality.get(1).getString(4));
  }
}
