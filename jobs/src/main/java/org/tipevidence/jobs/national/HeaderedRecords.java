package org.tipevidence.jobs.national;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_entries;
import static org.apache.spark.sql.functions.map_from_arrays;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.csv.CsvParser;
import org.tipevidence.common.csv.CsvRecord;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.LookaheadRows;
import org.tipevidence.jobs.ingest.RawRecords;

/**
 * Reads CSV files whose column set differs from file to file (Open SDG: any disaggregation columns;
 * UN SDG DDF: the key columns named in the file name). Each task streams one file; each record
 * becomes one row with its file, line, raw text and a {@code fields} map from the file's own header
 * (trimmed) to the cell text. Later steps pick columns with map lookups, so one Dataset holds every
 * file whatever its header, and no schema is guessed.
 */
public final class HeaderedRecords {
  public static final String FIELDS = "fields";

  private static final StructType READ_SCHEMA =
      new StructType()
          .add(RawRecords.SOURCE_FILE, DataTypes.StringType, false)
          .add(RawRecords.SOURCE_LINE, DataTypes.LongType, false)
          .add(RawRecords.RECORD, DataTypes.StringType, false)
          .add(RawRecords.PARSE_ERROR, DataTypes.StringType, true)
          .add("_header", DataTypes.createArrayType(DataTypes.StringType, true), false)
          .add("_values", DataTypes.createArrayType(DataTypes.StringType, true), false);

  private HeaderedRecords() {}

  /** Rows: source_file, source_line, record, parse_error, fields (map&lt;string,string&gt;). */
  public static Dataset<Row> read(SparkSession spark, List<InputFile> files) {
    List<String> encoded = new ArrayList<>();
    for (InputFile file : files) {
      encoded.add(file.label() + "\t" + file.path());
    }
    FlatMapFunction<String, Row> readFile =
        spec -> {
          String[] parts = spec.split("\t", 2);
          return records(parts[0], parts[1]);
        };
    Dataset<Row> raw =
        spark
            .createDataset(
                JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .parallelize(encoded, Math.max(1, files.size()))
                    .rdd(),
                Encoders.STRING())
            .flatMap(readFile, Encoders.row(READ_SCHEMA));
    return raw.select(
        col(RawRecords.SOURCE_FILE),
        col(RawRecords.SOURCE_LINE),
        col(RawRecords.RECORD),
        col(RawRecords.PARSE_ERROR),
        map_from_arrays(col("_header"), col("_values")).as(FIELDS));
  }

  /** A map's entries as sorted {@code key=value; ...} text, or null when the map is empty. */
  static Column joined(Column map) {
    return when(
        size(map).gt(0),
        array_join(
            array_sort(
                transform(
                    map_entries(map),
                    e -> concat(e.getField("key"), lit("="), e.getField("value")))),
            "; "));
  }

  private static Iterator<Row> records(String label, String path) throws IOException {
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(new Configuration());
    Reader reader = new InputStreamReader(fs.open(p), StandardCharsets.UTF_8);
    CsvParser csv = new CsvParser(reader);
    if (!csv.hasNext()) {
      reader.close();
      return List.<Row>of().iterator();
    }
    List<String> rawHeader = csv.next().fields();
    String[] header = new String[rawHeader.size()];
    for (int i = 0; i < header.length; i++) {
      header[i] = rawHeader.get(i).replace("\uFEFF", "").strip();
    }
    String duplicate = duplicateName(header);
    return new LookaheadRows(reader) {
      @Override
      protected Row computeNext() {
        while (csv.hasNext()) {
          CsvRecord record = csv.next();
          if (!(record.raw().isBlank() && record.fields().size() == 1)) {
            return toRow(label, header, duplicate, record);
          }
        }
        return null;
      }
    };
  }

  private static Row toRow(String label, String[] header, String duplicate, CsvRecord record) {
    String error = null;
    if (duplicate != null) {
      error = "malformed_record: the header names column '" + duplicate + "' twice";
    } else if (record.isMalformed()) {
      error = "malformed_record: " + record.error();
    } else if (record.fields().size() != header.length) {
      error =
          "malformed_record: "
              + record.fields().size()
              + " fields where the header has "
              + header.length
              + "; quote fields that contain commas";
    }
    // A record that cannot be split into the header's columns has no fields, only its raw text.
    String[] keys = error == null ? header : new String[0];
    String[] values = error == null ? record.fields().toArray(new String[0]) : new String[0];
    return RowFactory.create(label, record.line(), record.raw(), error, keys, values);
  }

  private static String duplicateName(String[] header) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String h : header) {
      if (!seen.add(h)) {
        return h;
      }
    }
    return null;
  }
}
