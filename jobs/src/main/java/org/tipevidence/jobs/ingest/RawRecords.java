package org.tipevidence.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of records as read, before any rule: provenance, raw text, a parse error if any, and
 * every expected column as text. Rules turn text into types, so an unparseable number is a
 * quarantined row with a reason rather than a silent null.
 */
public final class RawRecords {
  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_LINE = "source_line";
  public static final String RECORD = "record";
  public static final String PARSE_ERROR = "parse_error";

  private RawRecords() {}

  public static StructType schema(List<String> columns) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(SOURCE_LINE, DataTypes.LongType, false));
    fields.add(DataTypes.createStructField(RECORD, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(PARSE_ERROR, DataTypes.StringType, true));
    for (String column : columns) {
      fields.add(DataTypes.createStructField(column, DataTypes.StringType, true));
    }
    return DataTypes.createStructType(fields);
  }
}
