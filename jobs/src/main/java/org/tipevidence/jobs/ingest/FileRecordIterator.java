package org.tipevidence.jobs.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.tipevidence.common.csv.BoundedLineReader;
import org.tipevidence.common.csv.CsvParser;
import org.tipevidence.common.csv.CsvRecord;
import org.tipevidence.common.csv.RecordText;

/**
 * Streams one file's records as raw rows (see {@link RawRecords}), never holding the file, nor a
 * record over the size limit, in memory. Blank lines are not records. A header that does not match
 * the expected columns, or a file that is not UTF-8 at all (UTF-16), makes every record of the file
 * carry a parse error, so the file's rows are all accounted for in quarantine; a single record that
 * is too long or not valid UTF-8 carries its own error.
 */
final class FileRecordIterator extends LookaheadRows {
  private final InputFile file;
  private final List<String> columns;
  private final long maxRecordBytes;
  private final Reader reader;
  private final Iterator<CsvRecord> csv;
  private final BoundedLineReader lines;
  private long lineNumber;
  private int[] columnIndex;
  private String headerError;

  /**
   * @param maxRecordBytes longest record (UTF-8 bytes), from the run's {@link InputLimits}
   */
  FileRecordIterator(InputFile file, List<String> columns, long maxRecordBytes) {
    this(file, columns, maxRecordBytes, OpenedText.of(file));
  }

  private FileRecordIterator(
      InputFile file, List<String> columns, long maxRecordBytes, OpenedText opened) {
    super(opened.reader());
    this.file = file;
    this.columns = columns;
    this.maxRecordBytes = maxRecordBytes;
    this.reader = opened.reader();
    this.headerError = opened.problem();
    if (file.format() == InputFormat.CSV) {
      this.csv = new CsvParser(reader, maxRecordBytes);
      this.lines = null;
      readHeader();
    } else {
      this.csv = null;
      this.lines = new BoundedLineReader(reader, maxRecordBytes);
    }
  }

  /** The file's text reader and its encoding problem (null when it is UTF-8). */
  private record OpenedText(Reader reader, String problem) {
    static OpenedText of(InputFile file) {
      InputStream in = file.open();
      try {
        String problem = TextEncoding.fileProblem(in, file.label());
        return new OpenedText(
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
            problem);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file.label(), e);
      }
    }
  }

  private void readHeader() {
    if (!csv.hasNext()) {
      return;
    }
    List<String> header = csv.next().fields();
    List<String> trimmed = header.stream().map(h -> h.strip().replace("\uFEFF", "")).toList();
    columnIndex = new int[columns.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      columnIndex[i] = trimmed.indexOf(columns.get(i));
      if (columnIndex[i] < 0) {
        missing.add(columns.get(i));
      }
    }
    Set<String> unexpected = new LinkedHashSet<>(trimmed);
    columns.forEach(unexpected::remove);
    if (headerError == null && (!missing.isEmpty() || !unexpected.isEmpty())) {
      headerError =
          "header_mismatch: "
              + file.label()
              + " header lacks "
              + (missing.isEmpty() ? "nothing" : missing)
              + " and has unexpected "
              + (unexpected.isEmpty() ? "nothing" : unexpected)
              + "; expected exactly "
              + columns;
    }
  }

  @Override
  protected Row computeNext() {
    return file.format() == InputFormat.CSV ? nextCsv() : nextJson();
  }

  private Row nextCsv() {
    while (csv.hasNext()) {
      CsvRecord record = csv.next();
      if (record.raw().isBlank() && record.fields().size() == 1) {
        continue;
      }
      String error = headerError;
      Object[] values = new Object[4 + columns.size()];
      if (error == null && record.isMalformed()) {
        error = "malformed_record: " + record.error();
      }
      if (error == null && record.fields().size() != columnCount()) {
        error =
            "malformed_record: "
                + record.fields().size()
                + " fields where the header has "
                + columnCount()
                + "; quote fields that contain commas";
      }
      if (error == null) {
        for (int i = 0; i < columns.size(); i++) {
          values[4 + i] = record.fields().get(columnIndex[i]);
        }
        // Fields stay filled: an adapter with a finer rule (GLOTIP: only the fields it reads,
        // after its scope rule) can decide on them; contract inputs quarantine the record.
        error = TextEncoding.recordProblem(record.raw());
      }
      fill(values, record.line(), record.raw(), error);
      return RowFactory.create(values);
    }
    return null;
  }

  private int headerWidth = -1;

  private int columnCount() {
    if (headerWidth < 0) {
      int max = 0;
      for (int index : columnIndex) {
        max = Math.max(max, index + 1);
      }
      headerWidth = max;
    }
    return headerWidth;
  }

  private Row nextJson() {
    try {
      RecordText text;
      while ((text = lines.next()) != null) {
        lineNumber++;
        String line = text.text();
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        Object[] values = new Object[4 + columns.size()];
        String error = headerError;
        if (error == null && text.oversized()) {
          error = "malformed_record: " + text.oversizeError();
        }
        if (error == null) {
          error = JsonRecordParser.parse(line, columns, values, 4);
        }
        if (error == null) {
          error = TextEncoding.recordProblem(line);
        }
        fill(values, lineNumber, line, error);
        return RowFactory.create(values);
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.label(), e);
    }
  }

  private void fill(Object[] values, long line, String raw, String error) {
    values[0] = file.label();
    values[1] = line;
    values[2] = raw;
    values[3] = error;
  }
}
