package org.tipevidence.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads CSV and JSON Lines files into raw rows with their file and line, one task per file.
 *
 * <p>Spark's own CSV source would infer nothing (we give schemas) but it cannot report the line a
 * record came from, which is what a person fixing a submission needs. So each task streams one file
 * through {@link FileRecordIterator}; the result is an ordinary Dataset that every later stage
 * transforms with Spark's built-in functions.
 */
public final class RecordReader {
  private RecordReader() {}

  public static Dataset<Row> read(SparkSession spark, List<InputFile> files, List<String> columns) {
    List<String> encoded = new ArrayList<>();
    for (InputFile file : files) {
      encoded.add(file.format().name() + "\t" + file.label() + "\t" + file.path());
    }
    int partitions = Math.max(1, files.size());
    List<String> expected = List.copyOf(columns);
    FlatMapFunction<String, Row> readFile =
        spec -> {
          String[] parts = spec.split("\t", 3);
          InputFile file = new InputFile(parts[2], parts[1], InputFormat.valueOf(parts[0]));
          return new FileRecordIterator(file, expected);
        };
    // One file per partition, so files are read in parallel and each task streams one file.
    JavaRDD<String> specs =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(encoded, partitions);
    return spark
        .createDataset(specs.rdd(), Encoders.STRING())
        .flatMap(readFile, Encoders.row(RawRecords.schema(columns)));
  }
}
