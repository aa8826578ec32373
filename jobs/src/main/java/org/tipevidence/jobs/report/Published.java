package org.tipevidence.jobs.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.jobs.publish.Tier;
import org.tipevidence.jobs.spark.ParquetReads;

/**
 * The published area of one version, read as a reader would. Only published datasets (small
 * aggregates) are read, never restricted ones; the largest are filtered before they reach the
 * driver, and every read is capped.
 */
final class Published {
  /** More rows than a page can show: a dataset above this is cut (and the report says so). */
  static final int MAX_ROWS = 20_000;

  private final SparkSession spark;
  private final Path dir;
  private final FileSystem fs;

  Published(SparkSession spark, Path versionDir) {
    this.spark = spark;
    this.dir = new Path(versionDir, Tier.PUBLISHED.folder());
    try {
      this.fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + dir, e);
    }
  }

  boolean has(String dataset) {
    try {
      return fs.exists(new Path(dir, dataset));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Row> rows(String dataset) {
    return rows(dataset, null);
  }

  /** The dataset's rows matching {@code filter} (all when null); empty when it is absent. */
  List<Row> rows(String dataset, Column filter) {
    if (!has(dataset)) {
      return List.of();
    }
    spark.sparkContext().setJobDescription("report: read " + dataset);
    Dataset<Row> data = ParquetReads.read(spark, new Path(dir, dataset).toString());
    if (filter != null) {
      data = data.where(filter);
    }
    return data.limit(MAX_ROWS).collectAsList();
  }

  /** A text file of the version (e.g. its manifest), if present. */
  static Optional<String> readText(SparkSession spark, Path file) {
    try {
      FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(file)) {
        return Optional.empty();
      }
      try (InputStream in = fs.open(file)) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
