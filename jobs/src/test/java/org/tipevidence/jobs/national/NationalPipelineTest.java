package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.tipevidence.common.progress.ProgressStatus;
import org.tipevidence.jobs.pipeline.RunJob;
import org.tipevidence.jobs.testing.NationalRun;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * The whole run with the sample input and the real national files (linked, never copied; the run is
 * {@link NationalRun}, shared with other readers): national observations sit beside submissions in
 * {@code observations}, and the run's own conservation check passes for every national file.
 */
class NationalPipelineTest {
  @Test
  void nationalObservationsJoinTheSubmissions() throws Exception {
    Optional<Path> run = NationalRun.output();
    Assumptions.assumeTrue(run.isPresent(), "shared/data is absent");
    Path output = run.get();
    RunJob.Outcome outcome = NationalRun.outcome();
    SparkSession spark = SharedSpark.get();

    Dataset<Row> observations =
        spark.read().parquet(output.resolve("current/restricted/observations").toString());
    Map<String, Long> bySource = new HashMap<>();
    for (Row r : observations.groupBy("source").count().collectAsList()) {
      bySource.put(r.getString(0), r.getLong(1));
    }
    assertTrue(bySource.keySet().containsAll(List.of("submission", "glotip", "opensdg", "un_sdg")));
    assertEquals(
        outcome.rows().get("observations"), bySource.values().stream().mapToLong(x -> x).sum());
    assertEquals(
        0,
        observations
            .where(
                col("sdg_target")
                    .isNull()
                    .or(col("sdg_indicator").isNull())
                    .or(col("series_code").isNull())
                    .or(col("crime_type").isNull()))
            .count());
    assertEquals(
        0,
        observations
            .where(col("source").notEqual("submission").and(col("programme_id").isNotNull()))
            .count());

    Dataset<Row> quality =
        spark.read().parquet(output.resolve("current/published/data_quality").toString());
    Row glotip =
        quality
            .where(col("source_file").equalTo("national/glotip/data_glotip_release_2023-05-30.csv"))
            .first();
    assertEquals(46_556L, glotip.<Long>getAs("rows_read"));
    assertEquals("glotip", glotip.getAs("input_kind"));
    assertEquals("observations", glotip.getAs("accepted_into"));
    assertEquals(bySource.get("glotip"), glotip.<Long>getAs("rows_accepted"));
    assertEquals(
        31 + 25 + 1, quality.where(col("input_kind").isin("glotip", "opensdg", "un_sdg")).count());

    // Issue 4: the UN SDG database 16.2.2 series and the UK Open SDG 16-2-2 file are assessed end
    // to end: every series has a status from the allowed set, and a reason when not assessed.
    Dataset<Row> progress =
        spark.read().parquet(output.resolve("current/published/series_progress").toString());
    Set<String> allowed =
        Arrays.stream(ProgressStatus.values())
            .map(ProgressStatus::code)
            .collect(Collectors.toSet());
    Dataset<Row> unSdg =
        progress.where(col("source").equalTo("un_sdg").and(col("sdg_indicator").equalTo("16.2.2")));
    Dataset<Row> ukOpenSdg =
        progress.where(
            col("source")
                .equalTo("opensdg")
                .and(col("scope_id").equalTo("GBR"))
                .and(col("sdg_indicator").equalTo("16.2.2")));
    for (Dataset<Row> series : List.of(unSdg, ukOpenSdg)) {
      List<Row> rows = series.select("status", "reason").collectAsList();
      assertTrue(rows.size() > 0, "16.2.2 series assessed");
      for (Row row : rows) {
        assertTrue(allowed.contains(row.getString(0)), row.toString());
        if (row.getString(0).equals("insufficient_data")
            || row.getString(0).equals("not_assessable")) {
          assertTrue(!row.isNullAt(1) && !row.getString(1).isBlank(), row.toString());
        }
      }
    }
    assertTrue(
        unSdg
                .where(col("status").isin("insufficient_data", "not_assessable").equalTo(false))
                .count()
            > 0,
        "some UN SDG 16.2.2 series get a progress status");
  }
}
