package org.tipevidence.jobs.ingest.dhis2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.tipevidence.common.dhis2.Dhis2Mapping;
import org.tipevidence.common.dhis2.Dhis2Value;
import org.tipevidence.jobs.ingest.LookaheadRows;

/**
 * Streams a DHIS2 dataValueSet ({@code {"dataValues": [ {...}, ... ]}}) with Jackson's streaming
 * parser: one data value object in memory at a time, however large the file. Each value becomes one
 * row; its line is where the object starts and its record text starts with its JSON pointer ({@code
 * /dataValues/17 {...}}), since a minified export has every value on line 1. Set-level {@code
 * period}, {@code orgUnit} and {@code attributeOptionCombo} written before {@code dataValues} apply
 * to values that lack their own. A JSON syntax error ends the file: it is one {@code
 * malformed_record} row naming line and column (nothing after it can be read reliably).
 */
final class Dhis2JsonRecords extends LookaheadRows {
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper TEXT = new ObjectMapper();
  private static final String MALFORMED = "malformed_record: ";

  private final String label;
  private final Dhis2Mapping mapping;
  private final long maxRecordBytes;
  private final JsonParser parser;
  private final Map<String, String> setDefaults = new HashMap<>();
  private String fileProblem;
  private boolean started;
  private boolean inValues;
  private boolean done;
  private long index = -1;
  // The element a syntax error belongs to: the one being read, or the next one.
  private long failingAt;

  Dhis2JsonRecords(
      String label, Reader reader, Dhis2Mapping mapping, long maxRecordBytes, String fileProblem) {
    super(reader);
    this.label = label;
    this.mapping = mapping;
    this.maxRecordBytes = maxRecordBytes;
    this.fileProblem = fileProblem;
    try {
      this.parser = JSON.createParser(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + label, e);
    }
  }

  @Override
  protected Row computeNext() throws IOException {
    if (done) {
      return null;
    }
    try {
      return advance();
    } catch (JsonProcessingException e) {
      return syntaxError(e);
    }
  }

  private Row advance() throws IOException {
    if (fileProblem == null && !inValues && !enterValues()) {
      done = true;
      return null;
    }
    if (fileProblem != null) {
      done = true;
      return Dhis2Rows.row(label, 1, "", fileProblem, null, mapping);
    }
    failingAt = index + 1;
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_ARRAY) {
      inValues = false;
      return advance();
    }
    index++;
    long line = parser.currentTokenLocation().getLineNr();
    String pointer = "/dataValues/" + index;
    if (token != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return Dhis2Rows.row(
          label,
          line,
          pointer,
          MALFORMED + pointer + " is " + token + ", not a data value object {...}",
          null,
          mapping);
    }
    return value(line, pointer);
  }

  /** Moves to the next top-level {@code dataValues} array; false at the end of the file. */
  private boolean enterValues() throws IOException {
    if (!started) {
      started = true;
      JsonToken first = parser.nextToken();
      if (first == null) {
        return false;
      }
      if (first != JsonToken.START_OBJECT) {
        fileProblem =
            MALFORMED
                + "the file is not a DHIS2 dataValueSet (a JSON object with \"dataValues\": [...])";
        return true;
      }
    }
    for (JsonToken token = parser.nextToken();
        token == JsonToken.FIELD_NAME;
        token = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("dataValues") && value == JsonToken.START_ARRAY) {
        inValues = true;
        return true;
      }
      if (value.isScalarValue()) {
        setDefaults.put(name, parser.getText());
      } else {
        parser.skipChildren();
      }
    }
    return false;
  }

  private Row value(long line, String pointer) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    String problem = null;
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken v = parser.nextToken();
      if (!v.isScalarValue()) {
        parser.skipChildren();
        problem = problem != null ? problem : "\"" + name + "\" holds an object or array";
      } else if (fields.containsKey(name)) {
        problem = problem != null ? problem : "key \"" + name + "\" is given twice";
      } else {
        fields.put(name, v == JsonToken.VALUE_NULL ? null : parser.getText());
      }
    }
    String record = pointer + " " + TEXT.writeValueAsString(fields);
    if (problem == null && record.length() > maxRecordBytes) {
      problem = "the data value is longer than " + maxRecordBytes + " bytes";
    }
    if (problem != null) {
      return Dhis2Rows.row(
          label, line, record, MALFORMED + pointer + ": " + problem, null, mapping);
    }
    return Dhis2Rows.row(label, line, record, null, toValue(fields), mapping);
  }

  private Dhis2Value toValue(Map<String, String> f) {
    return new Dhis2Value(
        f.get("dataElement"),
        f.containsKey("period") ? f.get("period") : setDefaults.get("period"),
        f.containsKey("orgUnit") ? f.get("orgUnit") : setDefaults.get("orgUnit"),
        f.get("categoryOptionCombo"),
        f.containsKey("attributeOptionCombo")
            ? f.get("attributeOptionCombo")
            : setDefaults.get("attributeOptionCombo"),
        f.get("value"),
        f.get("storedBy"),
        f.get("lastUpdated"),
        f.get("deleted"));
  }

  private Row syntaxError(JsonProcessingException e) {
    done = true;
    JsonLocation at = e.getLocation();
    long line = at == null ? 1 : Math.max(1, at.getLineNr());
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String what = e.getOriginalMessage().lines().findFirst().orElse("");
    return Dhis2Rows.row(
        label,
        line,
        "/dataValues/" + failingAt,
        MALFORMED
            + "JSON syntax error"
            + where
            + " ("
            + what
            + "); the rest of the file cannot be read: fix the file and resend it",
        null,
        mapping);
  }
}
