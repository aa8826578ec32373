package org.tipevidence.jobs.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.jobs.ingest.dhis2.Dhis2Rows;

/**
 * Reads CSV and JSON Lines files into raw rows with their file and line, one task per file.
 *
 * <p>Spark's own CSV source would infer nothing (we give schemas) but it cannot report the line a
 * record came from, which is what a person fixing a submission needs. So each task streams one file
 * through {@link FileRecordIterator}; the result is an ordinary Dataset that every later stage
 * transforms with Spark's built-in functions. Code columns can be normalised in the same pass
 * ({@link CodeColumn}), so no second pass over the data is needed to collect their labels.
 */
public final class RecordReader {
  private RecordReader() {}

  public static Dataset<Row> read(SparkSession spark, List<InputFile> files, List<String> columns) {
    return read(spark, files, columns, List.of());
  }

  /**
   * As {@link #read(SparkSession, List, List)}, with one extra string column per {@code codes}
   * entry holding the normalised code of its source column (null when the label is unknown).
   */
  public static Dataset<Row> read(
      SparkSession spark, List<InputFile> files, List<String> columns, List<CodeColumn> codes) {
    return read(spark, files, columns, codes, SubmissionFormats.NONE);
  }

  /**
   * As {@link #read(SparkSession, List, List, List)}, reading DHIS2 exports and IATI activity files
   * among {@code files} with what {@code formats} holds (submissions only; docs/INPUTS.md).
   */
  public static Dataset<Row> read(
      SparkSession spark,
      List<InputFile> files,
      List<String> columns,
      List<CodeColumn> codes,
      SubmissionFormats formats) {
    List<String> encoded = new ArrayList<>();
    for (InputFile file : files) {
      encoded.add(file.format().name() + "\t" + file.label() + "\t" + file.path());
    }
    int partitions = Math.max(1, files.size());
    List<String> expected = List.copyOf(columns);
    List<CodeColumn> derived = List.copyOf(codes);
    // Captured on the driver: the task closure carries the run's bound to every executor.
    long maxRecordBytes = InputLimits.current().maxRecordBytes();
    FlatMapFunction<String, Row> readFile =
        spec -> {
          String[] parts = spec.split("\t", 3);
          InputFile file = new InputFile(parts[2], parts[1], InputFormat.valueOf(parts[0]));
          return withCodes(open(file, expected, maxRecordBytes, formats), expected, derived);
        };
    // One file per partition, so files are read in parallel and each task streams one file.
    JavaRDD<String> specs =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(encoded, partitions);
    return spark
        .createDataset(specs.rdd(), Encoders.STRING())
        .flatMap(readFile, Encoders.row(schema(columns, derived)));
  }

  /** The record iterator for a file's format. */
  private static Iterator<Row> open(
      InputFile file, List<String> columns, long maxRecordBytes, SubmissionFormats formats) {
    if (file.format().isDhis2()) {
      return Dhis2Rows.open(file, formats.dhis2(), maxRecordBytes);
    }
    if (file.format() == InputFormat.IATI_XML) {
      return IatiRecordIterator.open(file, columns, formats.iati());
    }
    return new FileRecordIterator(file, columns, maxRecordBytes);
  }

  /**
   * Small reference tables (kilobytes) are read on the driver into a local relation: no Spark job,
   * no task start-up, and every later plan over them is evaluated locally.
   */
  public static Dataset<Row> readOnDriver(
      SparkSession spark, List<InputFile> files, List<String> columns) {
    List<Row> rows = new ArrayList<>();
    for (InputFile file : files) {
      new FileRecordIterator(file, columns, InputLimits.current().maxRecordBytes())
          .forEachRemaining(rows::add);
    }
    return spark.createDataFrame(rows, RawRecords.schema(columns));
  }

  static StructType schema(List<String> columns, List<CodeColumn> codes) {
    StructType schema = RawRecords.schema(columns);
    for (CodeColumn code : codes) {
      schema = schema.add(code.name(), "string", true);
    }
    return schema;
  }

  private static Iterator<Row> withCodes(
      Iterator<Row> rows, List<String> columns, List<CodeColumn> codes) {
    if (codes.isEmpty()) {
      return rows;
    }
    int offset = RawRecords.schema(List.of()).size();
    int[] sources = codes.stream().mapToInt(c -> offset + columns.indexOf(c.source())).toArray();
    CodeCache cache = new CodeCache(codes);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        int width = row.size();
        Object[] values = new Object[width + codes.size()];
        for (int i = 0; i < width; i++) {
          values[i] = row.get(i);
        }
        for (int i = 0; i < sources.length; i++) {
          values[width + i] = cache.code(i, (String) row.get(sources[i]));
        }
        return org.apache.spark.sql.RowFactory.create(values);
      }
    };
  }
}
