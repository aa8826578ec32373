package org.tipevidence.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.jobs.publish.Publisher;
import org.tipevidence.jobs.publish.Tier;

/**
 * The run report: one self-contained HTML page ({@code published/report/index.html}) built only
 * from a version's published datasets and its manifest, so it is as safe to share as {@code
 * published/}. Inline CSS and SVG, no script, nothing fetched.
 */
public final class RunReport {
  /** The report's folder under published/ (not a dataset: disclosure-check skips it). */
  public static final String FOLDER = "report";

  public static final String FILE = "index.html";
  private static final Logger LOG = LogManager.getLogger(RunReport.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunReport() {}

  /** {@code versionDir}/published/report/index.html, where a run or the command writes it. */
  public static Path target(Path versionDir) {
    return new Path(new Path(new Path(versionDir, Tier.PUBLISHED.folder()), FOLDER), FILE);
  }

  /**
   * A run's report: written into the staging folder, or, if building it fails, left out with the
   * cause logged, so a report problem never holds back the publication of verified data (rebuild it
   * later with the report command).
   */
  public static void writeForRun(
      SparkSession spark, Path stagingDir, String manifestJson, Optional<Path> previous) {
    try {
      write(spark, stagingDir, manifestJson, previous, target(stagingDir));
    } catch (RuntimeException e) {
      LOG.error("run report not written (the data is published without it): {}", e.toString(), e);
    }
  }

  /** Rebuilds the report of a published version from its own manifest. */
  public static void write(SparkSession spark, Path versionDir, Optional<Path> previous) {
    String manifest =
        Published.readText(spark, new Path(versionDir, Publisher.MANIFEST))
            .orElseThrow(() -> new IllegalArgumentException("no manifest in " + versionDir));
    write(spark, versionDir, manifest, previous, target(versionDir));
  }

  /**
   * Writes the report of {@code versionDir} (a published version or a run's staging folder) to
   * {@code target}. The manifest is passed as text because a run writes it only at publication.
   */
  public static void write(
      SparkSession spark,
      Path versionDir,
      String manifestJson,
      Optional<Path> previousVersionDir,
      Path target) {
    long started = System.currentTimeMillis();
    String html = render(spark, versionDir, manifestJson, previousVersionDir);
    try {
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.mkdirs(target.getParent());
      Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
      try (OutputStream out = fs.create(tmp, true)) {
        out.write(html.getBytes(StandardCharsets.UTF_8));
      }
      fs.delete(target, false);
      if (!fs.rename(tmp, target)) {
        throw new IOException("rename returned false");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run report " + target, e);
    }
    LOG.info(
        "wrote the run report {} ({} KB) in {} ms",
        target,
        html.length() / 1024,
        System.currentTimeMillis() - started);
  }

  /** The page as text. */
  public static String render(
      SparkSession spark, Path versionDir, String manifestJson, Optional<Path> previousVersionDir) {
    JsonNode manifest = parse(manifestJson);
    Published data = new Published(spark, versionDir);
    List<Row> quality = data.rows("data_quality");
    List<Row> series = data.rows("series_progress");
    JsonNode previousManifest = null;
    List<Row> previousSeries = List.of();
    if (previousVersionDir.isPresent()) {
      Optional<String> text =
          Published.readText(spark, new Path(previousVersionDir.get(), Publisher.MANIFEST));
      if (text.isPresent()) {
        previousManifest = parse(text.get());
        previousSeries = new Published(spark, previousVersionDir.get()).rows("series_progress");
      }
    }
    // Only the drawn series' years reach the driver.
    Column drawn =
        col("sex")
            .equalTo(lit("_T"))
            .and(col("age_group").equalTo(lit("_T")))
            .and(col("exploitation_form").equalTo(lit("_T")))
            .and(
                col("sdg_indicator")
                    .equalTo(lit(SeriesSection.HEADLINE_INDICATOR))
                    .or(col("scope_type").equalTo(lit("programme"))));
    List<PageModel.Section> sections =
        List.of(
            SummarySection.build(manifest, quality, series, previousManifest, previousSeries),
            QualitySection.build(quality, manifest),
            ProgressSection.build(
                data.rows("target_progress"), series, data.rows("programme_scorecard")),
            SeriesSection.build(series, data.rows("series_values", drawn)),
            EvidenceSection.build(
                data.rows("evidence_synthesis"),
                data.rows("evidence_effects"),
                data.rows("evidence_gap_map")),
            DarkFigureSection.build(data.rows("dark_figure")));
    return ReportPage.render(
        new PageModel.Page(
            "tip-evidence run report " + manifest.path("run_id").asText(""),
            "Built from the published datasets and the manifest of this version only: as safe to"
                + " share as published/. Trafficking (TIP) and smuggling (SOM) are shown apart.",
            sections));
  }

  private static JsonNode parse(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      return node == null ? MissingNode.getInstance() : node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the manifest is not valid JSON: " + e.getMessage(), e);
    }
  }
}
