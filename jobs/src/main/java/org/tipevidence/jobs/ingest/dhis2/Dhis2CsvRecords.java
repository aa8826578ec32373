package org.tipevidence.jobs.ingest.dhis2;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.tipevidence.common.csv.CsvParser;
import org.tipevidence.common.csv.CsvRecord;
import org.tipevidence.common.dhis2.Dhis2Mapping;
import org.tipevidence.common.dhis2.Dhis2Value;
import org.tipevidence.jobs.ingest.LookaheadRows;

/**
 * DHIS2's CSV data value export, one row per record with its line, read with the project's CSV
 * parser. Header names are matched case-insensitively; the eight of {@link #REQUIRED} must be
 * there, {@link #OPTIONAL} ones may be, anything else is a {@code header_mismatch} for every record
 * of the file (so all its rows are accounted for in quarantine).
 */
final class Dhis2CsvRecords extends LookaheadRows {
  static final List<String> REQUIRED =
      List.of(
          "dataelement",
          "period",
          "orgunit",
          "categoryoptioncombo",
          "attributeoptioncombo",
          "value",
          "storedby",
          "lastupdated");
  static final List<String> OPTIONAL = List.of("created", "comment", "followup", "deleted");

  private final String label;
  private final Dhis2Mapping mapping;
  private final CsvParser csv;
  private final List<String> header = new ArrayList<>();
  private String fileError;

  Dhis2CsvRecords(
      String label, Reader reader, Dhis2Mapping mapping, long maxRecordBytes, String fileProblem) {
    super(reader);
    this.label = label;
    this.mapping = mapping;
    this.csv = new CsvParser(reader, maxRecordBytes);
    this.fileError = fileProblem;
    if (csv.hasNext()) {
      csv.next()
          .fields()
          .forEach(h -> header.add(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)));
      List<String> missing = new ArrayList<>(REQUIRED);
      missing.removeAll(header);
      List<String> unexpected = new ArrayList<>(header);
      unexpected.removeAll(REQUIRED);
      unexpected.removeAll(OPTIONAL);
      if (fileError == null && (!missing.isEmpty() || !unexpected.isEmpty())) {
        fileError =
            "header_mismatch: "
                + label
                + " is not a DHIS2 data value CSV export: header lacks "
                + (missing.isEmpty() ? "nothing" : missing)
                + " and has unexpected "
                + (unexpected.isEmpty() ? "nothing" : unexpected)
                + "; expected "
                + REQUIRED
                + " plus optionally "
                + OPTIONAL;
      }
    }
  }

  @Override
  protected Row computeNext() {
    while (csv.hasNext()) {
      CsvRecord record = csv.next();
      if (record.raw().isBlank() && record.fields().size() == 1) {
        continue;
      }
      String error = fileError;
      if (error == null && record.isMalformed()) {
        error = "malformed_record: " + record.error();
      }
      if (error == null && record.fields().size() != header.size()) {
        error =
            "malformed_record: "
                + record.fields().size()
                + " fields where the header has "
                + header.size()
                + "; quote fields that contain commas";
      }
      Dhis2Value value = error == null ? value(record.fields()) : null;
      return Dhis2Rows.row(label, record.line(), record.raw(), error, value, mapping);
    }
    return null;
  }

  private Dhis2Value value(List<String> fields) {
    return new Dhis2Value(
        field(fields, "dataelement"),
        field(fields, "period"),
        field(fields, "orgunit"),
        field(fields, "categoryoptioncombo"),
        field(fields, "attributeoptioncombo"),
        field(fields, "value"),
        field(fields, "storedby"),
        field(fields, "lastupdated"),
        field(fields, "deleted"));
  }

  private String field(List<String> fields, String name) {
    int at = header.indexOf(name);
    return at < 0 ? null : fields.get(at);
  }
}
