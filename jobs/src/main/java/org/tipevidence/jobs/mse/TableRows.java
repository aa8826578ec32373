package org.tipevidence.jobs.mse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.csv.CsvParser;
import org.tipevidence.common.mse.MseInputException;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.validate.Rule;

/**
 * The rows of the capture-history files in the shape every input has after its rules (file, line,
 * raw record, verdict), so quarantine and data quality treat them like any other input. A rejected
 * table puts every row in quarantine as {@code invalid_capture_table}: a row with its own problem
 * is told that problem first, the others are told why the table was rejected.
 */
public final class TableRows {
  /** Problems quoted in one reason; the rest are counted, so reasons stay readable. */
  static final int MAX_QUOTED = 5;

  static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField(RawRecords.SOURCE_FILE, DataTypes.StringType, false),
              DataTypes.createStructField(RawRecords.SOURCE_LINE, DataTypes.LongType, false),
              DataTypes.createStructField(RawRecords.RECORD, DataTypes.StringType, false),
              DataTypes.createStructField(
                  Rule.VERDICT,
                  DataTypes.createStructType(
                      List.of(
                          DataTypes.createStructField(
                              Rule.REASON_CODE, DataTypes.StringType, false),
                          DataTypes.createStructField(Rule.COLUMN, DataTypes.StringType, false),
                          DataTypes.createStructField(Rule.REASON, DataTypes.StringType, false))),
                  true)));

  private TableRows() {}

  /** One checked row per table row (a few dozen per table, built on the driver). */
  public static Dataset<Row> of(SparkSession spark, List<ScreenedTable> tables) {
    List<Row> rows = new ArrayList<>();
    for (ScreenedTable t : tables) {
      for (int line : t.rowLines()) {
        rows.add(RowFactory.create(t.file().label(), (long) line, t.line(line), verdict(t, line)));
      }
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  static Row verdict(ScreenedTable t, int line) {
    if (t.accepted()) {
      return null;
    }
    List<MseInputException.Problem> own =
        t.problems().stream().filter(p -> p.line() == line).toList();
    List<MseInputException.Problem> others =
        t.problems().stream().filter(p -> !own.contains(p)).toList();
    String detail =
        own.isEmpty()
            ? "this row is not at fault but the table is rejected: " + quote(others)
            : quote(own)
                + (others.isEmpty() ? "" : "; other problems in this file: " + quote(others));
    return RowFactory.create(
        ReasonCode.INVALID_CAPTURE_TABLE.code(),
        column(t, own),
        ReasonCode.INVALID_CAPTURE_TABLE.describe(detail));
  }

  private static String quote(List<MseInputException.Problem> problems) {
    String shown =
        problems.stream()
            .limit(MAX_QUOTED)
            .map(MseInputException.Problem::message)
            .collect(Collectors.joining("; "));
    int more = problems.size() - MAX_QUOTED;
    return more > 0 ? shown + "; and " + more + " more" : shown;
  }

  /** The column at fault: {@code count}, or the list columns holding something other than 0/1. */
  private static String column(ScreenedTable t, List<MseInputException.Problem> own) {
    Set<String> columns = new LinkedHashSet<>();
    for (MseInputException.Problem p : own) {
      if (p.kind() == MseInputException.Kind.BAD_COUNT) {
        columns.add("count");
      } else if (p.kind() == MseInputException.Kind.NOT_BINARY) {
        List<String> header = fields(t.line(1));
        List<String> cells = fields(t.line(p.line()));
        for (int c = 0; c < Math.min(header.size(), cells.size()); c++) {
          String h = header.get(c);
          String v = cells.get(c);
          if (!h.equalsIgnoreCase("count") && !v.equals("0") && !v.equals("1")) {
            columns.add(h);
          }
        }
      }
    }
    return String.join(",", columns);
  }

  /** One line's fields, trimmed, through the one CSV parser. */
  private static List<String> fields(String line) {
    CsvParser csv = new CsvParser(new StringReader(line));
    return csv.hasNext() ? csv.next().fields().stream().map(String::trim).toList() : List.of();
  }
}
