package org.tipevidence.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.tipevidence.common.iati.IatiActivityReader;
import org.tipevidence.common.iati.IatiFact;
import org.tipevidence.common.iati.IatiIndicatorIndex;
import org.tipevidence.common.iati.IatiRow;
import org.tipevidence.common.iati.IatiTranslator;
import org.tipevidence.common.iati.IatiXmlException;

/**
 * Streams one IATI activity file's {@code actual} values as raw submission rows (see {@link
 * RawRecords}): line of the value element, its XML path and value as the record, and the IATI
 * rule's error if one failed. The file is read twice, both times streamed: first to check it is
 * well-formed, so a file broken half-way is one quarantined row naming line and column instead of
 * half a file of figures; then to emit its values. Targets and baselines are not observations: they
 * are passed over here and read as targets rows by {@link IatiTargetRows} (docs/INPUTS.md).
 */
final class IatiRecordIterator extends LookaheadRows {
  private final InputFile file;
  private final List<String> columns;
  private final IatiTranslator translator;
  private final IatiActivityReader reader;
  // The one row of a file that is not well-formed, until it is emitted.
  private Row problemRow;

  /** Checks the file is well-formed, then opens it for its values (nothing opened if not). */
  static IatiRecordIterator open(InputFile file, List<String> columns, IatiIndicatorIndex index) {
    IatiXmlException problem = firstProblem(file);
    IatiActivityReader reader = problem == null ? new IatiActivityReader(file.open()) : null;
    return new IatiRecordIterator(file, columns, index, problem, reader);
  }

  private IatiRecordIterator(
      InputFile file,
      List<String> columns,
      IatiIndicatorIndex index,
      IatiXmlException problem,
      IatiActivityReader reader) {
    super(reader == null ? () -> {} : reader::close);
    this.file = file;
    this.columns = columns;
    this.translator = new IatiTranslator(index);
    this.reader = reader;
    this.problemRow = problem == null ? null : fileProblem(problem);
  }

  private static IatiXmlException firstProblem(InputFile file) {
    try (InputStream in = file.open()) {
      return IatiActivityReader.firstProblem(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.label(), e);
    }
  }

  @Override
  protected Row computeNext() {
    if (reader == null) {
      Row row = problemRow;
      problemRow = null;
      return row;
    }
    while (reader.hasNext()) {
      IatiFact fact = reader.next();
      if (fact.kind() == IatiFact.Kind.ACTUAL) {
        return row(fact, translator.actual(fact));
      }
    }
    return null;
  }

  private Row row(IatiFact fact, IatiRow translated) {
    Object[] values = new Object[4 + columns.size()];
    values[0] = file.label();
    values[1] = fact.line();
    values[2] = record(fact);
    values[3] = translated.error() == null ? null : translated.error() + " at " + fact.path();
    for (int i = 0; i < columns.size(); i++) {
      values[4 + i] = translated.field(columns.get(i));
    }
    return RowFactory.create(values);
  }

  /** The XML path, value and dimensions as written: what a person needs to find the element. */
  private static String record(IatiFact fact) {
    StringBuilder s = new StringBuilder(fact.path()).append(" value=\"");
    s.append(fact.value() == null ? "" : fact.value()).append('"');
    for (IatiFact.Dimension d : fact.dimensions()) {
      s.append(' ').append(d.name()).append("=\"").append(d.value()).append('"');
    }
    return s.toString();
  }

  private Row fileProblem(IatiXmlException problem) {
    Object[] values = new Object[4 + columns.size()];
    values[0] = file.label();
    values[1] = problem.line();
    values[2] = "";
    values[3] =
        "malformed_record: "
            + file.label()
            + " cannot be read as an IATI activity file at "
            + problem.describe()
            + "; none of its values is used (fix the XML and send the whole file again)";
    return RowFactory.create(values);
  }
}
