package org.tipevidence.jobs.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One JSON Lines record into the expected columns' text, or a {@code malformed_record} error in the
 * submitter's words: duplicate keys (ambiguous, so refused), nested objects or arrays where a
 * single value belongs, NaN or Infinity (not JSON), keys that are not columns.
 *
 * <p>The line is read as a stream of tokens, no tree, but judged exactly as {@code
 * JSON.readTree(line)} judged it when it built one: the first JSON value of the line is read to its
 * end, nested values included, and every scalar in it is read as the tree read it (the parser
 * checks the length limits of a text only when it is read), so a syntax error or a limit anywhere
 * in it wins over every other problem; what follows the first value is not read; a value's text is
 * what its tree node's {@code asText()} gave.
 */
final class JsonRecordParser {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
  private static final String MALFORMED = "malformed_record: ";
  private static final String NOT_AN_OBJECT =
      MALFORMED + "the line is not a JSON object ({\"key\": value, ...})";

  private JsonRecordParser() {}

  /**
   * Fills {@code values[offset + i]} for each column; returns the error, or null.
   *
   * <p>Callers discard the values of a record with an error, so on an error they are only kept
   * alike for a fresh array: the columns' slots are null, except that a nested column's error
   * leaves the columns before it filled, as the tree-based parser did.
   */
  static String parse(String line, List<String> columns, Object[] values, int offset) {
    ColumnIndex index = ColumnIndex.of(columns);
    int size = columns.size();
    Arrays.fill(values, offset, offset + size, null); // a missing key reads as null
    List<String> unexpected = null;
    int nested = size; // the first column, in column order, holding an array or object
    boolean nestedArray = false;
    // The parser readTree made (the mapper's factory and settings); closing recycles its buffers.
    try (JsonParser p = JSON.createParser(line)) {
      JsonToken token = p.nextToken();
      if (token != JsonToken.START_OBJECT) {
        if (token != null) {
          read(p, token); // an array or scalar that is not valid JSON says so first
        }
        return NOT_AN_OBJECT;
      }
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        token = p.nextToken();
        int column = index.columnOf(name);
        if (column < 0) {
          if (unexpected == null) {
            unexpected = new ArrayList<>();
          }
          unexpected.add(name);
          read(p, token);
        } else if (token.isStructStart()) {
          read(p, token);
          if (column < nested) {
            nested = column;
            nestedArray = token == JsonToken.START_ARRAY;
          }
        } else {
          values[offset + column] = text(p, token);
        }
      }
    } catch (IOException e) {
      Arrays.fill(values, offset, offset + size, null);
      return MALFORMED + describe(e.getMessage());
    }
    if (unexpected != null) {
      Arrays.fill(values, offset, offset + size, null);
      return MALFORMED + "unexpected keys " + unexpected + "; expected " + columns;
    }
    index.copyRepeatedColumns(values, offset);
    if (nested < size) {
      Arrays.fill(values, offset + nested, offset + size, null);
      return MALFORMED
          + "\""
          + columns.get(nested)
          + "\" holds a JSON "
          + (nestedArray ? "array [...]" : "object {...}")
          + " where a single value belongs; give one number or text";
    }
    return null;
  }

  /**
   * Reads the value starting at {@code token} to its end, each scalar in it as the tree read it.
   * Objects are walked with {@code nextFieldName}, arrays with {@code nextToken}, as the tree did.
   */
  private static void read(JsonParser p, JsonToken token) throws IOException {
    if (!token.isStructStart()) {
      text(p, token);
      return;
    }
    int depth = 1;
    while (depth > 0) {
      if (p.getParsingContext().inObject() && p.nextFieldName() == null) {
        depth--; // the object's end
        continue;
      }
      JsonToken t = p.nextToken();
      if (t == null) {
        // Not reached: the parser reports the end of input inside a value itself.
        throw new JsonParseException(p, "Unexpected end-of-input within a value");
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      } else {
        text(p, t);
      }
    }
  }

  /**
   * A scalar's text as its tree node gave it: integers by size as int, long or BigInteger (so
   * {@code -0} is "0"), every fraction or exponent as a double ({@code 12.50} is "12.5", {@code
   * 1e2} "100.0", {@code 1e400} "Infinity"), null for JSON null.
   */
  private static String text(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        JsonParser.NumberType type = p.getNumberType();
        if (type == JsonParser.NumberType.INT) {
          return NumberOutput.toString(p.getIntValue());
        }
        if (type == JsonParser.NumberType.LONG) {
          return NumberOutput.toString(p.getLongValue());
        }
        return p.getBigIntegerValue().toString();
      case VALUE_NUMBER_FLOAT:
        // A text parser has no float or BigDecimal of its own: the tree made a DoubleNode.
        return NumberOutput.toString(p.getDoubleValue());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return null;
      default:
        // Not reached: a text parser makes no embedded objects.
        throw new IllegalStateException("unexpected JSON token " + token);
    }
  }

  private static String describe(String message) {
    String first = message == null ? "unknown error" : message.split("\n", 2)[0];
    Matcher duplicate = DUPLICATE.matcher(first);
    if (duplicate.find()) {
      return "the key \""
          + duplicate.group(1)
          + "\" appears more than once in this object, so its value is ambiguous; keep one";
    }
    if (first.contains("Non-standard token") || first.contains("NaN")) {
      return "NaN or Infinity is not a number JSON allows; write the value as a plain number such"
          + " as 12, or leave the record out if there is no value";
    }
    return "not valid JSON (" + first.replaceAll("\\s*\\(for [^)]*\\)", "") + ")";
  }

  /**
   * Each column's position by name, built once per columns list. The lists are told apart by
   * identity (each file's reader passes its own for every line) and must not change once used.
   */
  private static final class ColumnIndex {
    private static final int CACHED = 8;
    private static volatile ColumnIndex[] recent = new ColumnIndex[0];

    private final List<String> columns;
    private final Map<String, Integer> first = new HashMap<>();

    /** For a column named again, the position of its first naming; else -1. Null if none is. */
    private final int[] repeatOf;

    private ColumnIndex(List<String> columns) {
      this.columns = columns;
      int[] repeats = new int[columns.size()];
      boolean anyRepeat = false;
      for (int i = 0; i < columns.size(); i++) {
        Integer earlier = first.putIfAbsent(columns.get(i), i);
        repeats[i] = earlier == null ? -1 : earlier;
        anyRepeat |= earlier != null;
      }
      repeatOf = anyRepeat ? repeats : null;
    }

    static ColumnIndex of(List<String> columns) {
      ColumnIndex[] cached = recent;
      for (ColumnIndex index : cached) {
        if (index.columns == columns) {
          return index;
        }
      }
      ColumnIndex index = new ColumnIndex(columns);
      ColumnIndex[] next = new ColumnIndex[Math.min(CACHED, cached.length + 1)];
      next[0] = index;
      System.arraycopy(cached, 0, next, 1, next.length - 1);
      recent = next; // a race loses an entry at worst, which is built again
      return index;
    }

    /** The first position of the column named {@code name}, or -1. */
    int columnOf(String name) {
      Integer column = first.get(name);
      return column == null ? -1 : column;
    }

    /** A column named twice reads the same key as its first naming. */
    void copyRepeatedColumns(Object[] values, int offset) {
      if (repeatOf != null) {
        for (int i = 0; i < repeatOf.length; i++) {
          if (repeatOf[i] >= 0) {
            values[offset + i] = values[offset + repeatOf[i]];
          }
        }
      }
    }
  }
}
