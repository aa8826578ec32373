package org.tipevidence.jobs.ingest.dhis2;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.tipevidence.common.dhis2.Dhis2Mapping;
import org.tipevidence.common.dhis2.Dhis2Translation;
import org.tipevidence.common.dhis2.Dhis2Value;
import org.tipevidence.common.validation.SubmissionFields;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFormat;
import org.tipevidence.jobs.ingest.TextEncoding;

/**
 * DHIS2 data values as raw submission rows (the schema of RawRecords over {@link
 * SubmissionFields#ALL}), so they go through the submission rules exactly as CSV rows do.
 */
public final class Dhis2Rows {
  private Dhis2Rows() {}

  /** Streams one DHIS2 file's data values as rows; the file is never held in memory. */
  public static Iterator<Row> open(InputFile file, Dhis2Mapping mapping, long maxRecordBytes) {
    if (mapping == null) {
      throw new IllegalStateException("no dhis2-map.json loaded for " + file.label());
    }
    InputStream in = file.open();
    String fileProblem;
    try {
      fileProblem = TextEncoding.fileProblem(in, file.label());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.label(), e);
    }
    Reader reader = withoutBom(new InputStreamReader(in, StandardCharsets.UTF_8));
    return file.format() == InputFormat.DHIS2_JSON
        ? new Dhis2JsonRecords(file.label(), reader, mapping, maxRecordBytes, fileProblem)
        : new Dhis2CsvRecords(file.label(), reader, mapping, maxRecordBytes, fileProblem);
  }

  /** A row for one data value: translated fields, with the reader's or the translation's error. */
  static Row row(
      String label, long line, String record, String readError, Dhis2Value v, Dhis2Mapping map) {
    Object[] values = new Object[4 + SubmissionFields.ALL.size()];
    String error = readError;
    if (v != null) {
      Dhis2Translation t = Dhis2Translation.of(v, map);
      List<String> fields = t.fields();
      for (int i = 0; i < fields.size(); i++) {
        values[4 + i] = fields.get(i);
      }
      error = error != null ? error : TextEncoding.recordProblem(record);
      error = error != null ? error : t.error();
    }
    values[0] = label;
    values[1] = line;
    values[2] = record;
    values[3] = error;
    return RowFactory.create(values);
  }

  private static Reader withoutBom(Reader reader) {
    PushbackReader r = new PushbackReader(new java.io.BufferedReader(reader, 1 << 16), 1);
    try {
      int first = r.read();
      if (first >= 0 && first != '\uFEFF') {
        r.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return r;
  }
}
