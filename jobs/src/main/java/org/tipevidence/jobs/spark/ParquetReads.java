package org.tipevidence.jobs.spark;

import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * Reads a folder of Parquet files that Spark wrote, with the schema Spark stored in the first
 * file's footer, read on the driver. Spark's own inference reads the same footer (of one file,
 * without schema merging) but through a Spark job per read, and a run reads its tables back many
 * times (disclosure check, report, SDMX export, reused checked rows).
 */
public final class ParquetReads {
  /** Where Spark keeps the schema it wrote (ParquetReadSupport.SPARK_METADATA_KEY). */
  static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";

  private ParquetReads() {}

  /** The folder's rows; Spark infers the schema when the footer cannot give it. */
  public static Dataset<Row> read(SparkSession spark, String dir) {
    DataFrameReader reader = spark.read();
    footerSchema(spark.sparkContext().hadoopConfiguration(), dir).ifPresent(reader::schema);
    return reader.parquet(dir);
  }

  /**
   * The schema of a folder of plain Parquet files written by Spark; empty when the folder has
   * subfolders (partitions, for Spark to discover), no data file, or no Spark schema in the footer:
   * then Spark infers it as before.
   */
  static Optional<StructType> footerSchema(Configuration conf, String dir) {
    try {
      Path path = new Path(dir);
      FileSystem fs = path.getFileSystem(conf);
      Path first = null;
      for (FileStatus s : fs.listStatus(path)) {
        String n = s.getPath().getName();
        if (n.startsWith("_") || n.startsWith(".")) {
          continue;
        }
        if (s.isDirectory()) {
          return Optional.empty();
        }
        if (first == null && n.endsWith(".parquet")) {
          first = s.getPath();
        }
      }
      if (first == null) {
        return Optional.empty();
      }
      try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(first, conf))) {
        String json = r.getFooter().getFileMetaData().getKeyValueMetaData().get(SPARK_SCHEMA_KEY);
        return json != null && DataType.fromJson(json) instanceof StructType st
            ? Optional.of(st)
            : Optional.empty();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // Spark's inference reports what is wrong with the folder
    }
  }
}
