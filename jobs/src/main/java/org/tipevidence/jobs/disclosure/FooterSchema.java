package org.tipevidence.jobs.disclosure;

import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The schema Spark wrote into a dataset's Parquet footer, read on the driver. Spark's own schema
 * inference reads the same footer (of one file, without schema merging) but through a Spark job;
 * handing the schema to the reader saves that job per checked dataset.
 */
final class FooterSchema {
  /** Where Spark keeps the schema it wrote (ParquetReadSupport.SPARK_METADATA_KEY). */
  static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";

  private FooterSchema() {}

  /**
   * The schema of a folder of plain Parquet files written by Spark; empty when the folder has
   * subfolders (partitions, for Spark to discover), no data file, or no Spark schema in the footer:
   * then Spark infers it as before.
   */
  static Optional<StructType> of(Configuration conf, String dir) {
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
