package org.tipevidence.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.tipevidence.common.iati.IatiActivityReader;
import org.tipevidence.common.iati.IatiIndicatorIndex;
import org.tipevidence.common.iati.IatiTargetRow;
import org.tipevidence.common.iati.IatiTargets;
import org.tipevidence.common.iati.IatiXmlException;

/**
 * The baselines and targets of IATI activity files as raw targets.csv rows (see {@link RawRecords};
 * docs/INPUTS.md, IATI targets), read on the driver: each file is streamed once and only its
 * derived rows (at most one per indicator) are held. Rows are labelled {@code <file>#targets} so
 * the file's targets have their own data quality row beside its actuals'. A file that is not
 * readable XML gives no targets row: its actuals already report it, once, as {@code
 * malformed_record} naming line and column.
 */
public final class IatiTargetRows {
  /** Appended to the file's label in {@code source_file}. */
  public static final String SUFFIX = "#targets";

  private static final Logger LOG = LogManager.getLogger(IatiTargetRows.class);

  private IatiTargetRows() {}

  /** Rows of the IATI files among {@code files}, columns in {@code columns}' order. */
  public static List<Row> read(
      List<InputFile> files, List<String> columns, IatiIndicatorIndex index) {
    List<Row> rows = new ArrayList<>();
    for (InputFile file : files) {
      if (file.format() == InputFormat.IATI_XML) {
        rows.addAll(read(file, columns, index));
      }
    }
    return rows;
  }

  private static List<Row> read(InputFile file, List<String> columns, IatiIndicatorIndex index) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = file.open();
        IatiActivityReader reader = new IatiActivityReader(in)) {
      IatiTargets targets = new IatiTargets(reader, index);
      while (targets.hasNext()) {
        rows.add(row(file, targets.next(), columns));
      }
      return rows;
    } catch (IatiXmlException e) {
      LOG.info(
          "targets of {} not read: {} (quarantined with its actuals)", file.label(), e.describe());
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.label(), e);
    }
  }

  private static Row row(InputFile file, IatiTargetRow target, List<String> columns) {
    Object[] values = new Object[4 + columns.size()];
    values[0] = file.label() + SUFFIX;
    values[1] = target.line();
    values[2] = target.record();
    values[3] = target.error();
    for (int i = 0; i < columns.size(); i++) {
      values[4 + i] = target.field(columns.get(i));
    }
    return RowFactory.create(values);
  }
}
