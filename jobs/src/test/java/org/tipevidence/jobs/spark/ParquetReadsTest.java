package org.tipevidence.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.testing.SharedSpark;

/** Reading a written table with its footer schema: what Spark's inference gives, without a job. */
class ParquetReadsTest {
  private static final SparkSession SPARK = SharedSpark.get();

  @Test
  void plainFolderReadsLikeInferenceWithoutASparkJob(@TempDir Path dir) {
    String path = dir.resolve("plain").toString();
    table().write().parquet(path);

    String group = "parquet-reads-test-plain";
    SPARK.sparkContext().setJobGroup(group, group, false);
    Dataset<Row> read;
    try {
      read = ParquetReads.read(SPARK, path);
      read.schema();
    } finally {
      SPARK.sparkContext().clearJobGroup();
    }
    assertEquals(0, SPARK.sparkContext().statusTracker().getJobIdsForGroup(group).length);

    Dataset<Row> inferred = SPARK.read().parquet(path);
    assertEquals(inferred.schema(), read.schema());
    assertEquals(sorted(inferred), sorted(read));
  }

  @Test
  void partitionedFolderIsLeftToSparkDiscovery(@TempDir Path dir) {
    String path = dir.resolve("partitioned").toString();
    table().write().partitionBy("year").parquet(path);
    Dataset<Row> read = ParquetReads.read(SPARK, path);
    Dataset<Row> inferred = SPARK.read().parquet(path);
    assertEquals(inferred.schema(), read.schema());
    assertEquals(sorted(inferred), sorted(read));
  }

  private static Dataset<Row> table() {
    return SPARK.sql(
        "SELECT * FROM VALUES ('NPL', 2020, 12.5, CAST(3 AS BIGINT)),"
            + " ('KEN', 2021, CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT))"
            + " AS t(country, year, value, n)");
  }

  private static List<String> sorted(Dataset<Row> data) {
    return data.collectAsList().stream().map(Row::toString).sorted().toList();
  }
}
