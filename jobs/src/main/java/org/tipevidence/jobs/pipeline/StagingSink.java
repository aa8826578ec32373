package org.tipevidence.jobs.pipeline;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.jobs.publish.OutputDataset;
import org.tipevidence.jobs.publish.Publisher;
import org.tipevidence.jobs.spark.JobLabels;

/**
 * A run's sink: every output is written to the run's staging folder as soon as it is built and read
 * back from there (Parquet), so each dataset is computed exactly once and later stages scan compact
 * columnar files rather than re-running the lineage. Intermediates go to {@code _work/} in staging,
 * removed before publication.
 */
public final class StagingSink implements DatasetSink {
  private static final Logger LOG = LogManager.getLogger(StagingSink.class);
  static final String WORK = "_work";

  private final SparkSession spark;
  private final Publisher publisher;
  private final String runId;
  private final Map<String, Long> rows = new LinkedHashMap<>();
  private final Map<String, String> tiers = new LinkedHashMap<>();

  public StagingSink(SparkSession spark, Publisher publisher, String runId) {
    this.spark = spark;
    this.publisher = publisher;
    this.runId = runId;
  }

  @Override
  public Dataset<Row> output(OutputDataset dataset) {
    String path = publisher.datasetPath(runId, dataset).toString();
    JobLabels.during(
        spark,
        "write " + dataset.name(),
        () -> {
          // The write counts its own rows as they pass (an observed metric): no read-back job.
          Observation written = new Observation("rows written to " + dataset.name());
          publisher.write(
              runId,
              new OutputDataset(
                  dataset.name(),
                  dataset.tier(),
                  dataset.partitionBy(),
                  dataset.data().observe(written, count(lit(1)).as("rows"))));
          long n = rowsObserved(written);
          rows.put(dataset.name(), n);
          tiers.put(dataset.name(), dataset.tier().folder());
          LOG.info("wrote {} ({} rows)", dataset.relativePath(), n);
        });
    // Unpartitioned files are read with the schema they were written with: inferring it from the
    // footers costs a Spark job per dataset. Partitioned ones are discovered (the partition column
    // moves to the end, and its values come from the folder names).
    return dataset.partitionBy().isEmpty()
        ? spark.read().schema(dataset.data().schema()).parquet(path)
        : spark.read().parquet(path);
  }

  private static long rowsObserved(Observation written) {
    try {
      return ((Number) written.getAsJava().get("rows")).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a dataset was written", e);
    }
  }

  @Override
  public Dataset<Row> keep(String name, Dataset<Row> data) {
    String path = workDir().toString() + "/" + name;
    JobLabels.during(
        spark, "keep " + name, () -> data.write().mode(SaveMode.ErrorIfExists).parquet(path));
    return spark.read().schema(data.schema()).parquet(path);
  }

  public Path workDir() {
    return new Path(publisher.stagingDir(runId), WORK);
  }

  /** Rows written per output dataset, in the order written. */
  public Map<String, Long> rows() {
    return new LinkedHashMap<>(rows);
  }

  /** Tier folder per output dataset. */
  public Map<String, String> tiers() {
    return new LinkedHashMap<>(tiers);
  }
}
