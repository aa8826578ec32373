package org.tipevidence.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonRecordParser} against the tree-building parser it replaced ({@link Reference}, kept
 * verbatim): for every line of a hand-written corpus and of a few thousand generated and mutated
 * lines, the same error (or none) and the same values. A few readable tests state the messages.
 */
class JsonRecordParserTest {
  static final List<String> COLUMNS =
      List.of("programme_id", "country_iso3", "period", "value", "note");

  /** Keys with escapes and non-ASCII characters. */
  static final List<String> ODD_COLUMNS =
      List.of("value", "na\u00efve", "a\"b", "\u20ac", "period");

  /** A column named twice: both get the key's value, as {@code node.get} gave both. */
  static final List<String> DUPLICATE_COLUMNS = List.of("value", "note", "value");

  static final List<String> NO_COLUMNS = List.of();

  static final int OFFSET = 4;

  // ---------------------------------------------------------------------------------------------
  // Readable checks of the messages.

  @Test
  void readsEveryValueKindAsItsText() {
    Object[] values = new Object[OFFSET + COLUMNS.size()];
    String error =
        JsonRecordParser.parse(
            "{\"note\": true, \"value\": 12.50, \"programme_id\": \"P\\u00e91\", \"period\": 2017}",
            COLUMNS,
            values,
            OFFSET);
    assertNull(error);
    assertArrayEquals(
        new Object[] {null, null, null, null, "P\u00e91", null, "2017", "12.5", "true"}, values);
  }

  @Test
  void numbersReadAsTheTreeGaveThem() {
    assertEquals("100.0", value("1e2"));
    assertEquals("0", value("-0"));
    assertEquals("-0.0", value("-0.0"));
    assertEquals("Infinity", value("1e400"));
    assertEquals("0.0", value("1e-400"));
    assertEquals("1.23456789E7", value("12345678.9"));
    assertEquals("1.0E-4", value("0.0001"));
    assertEquals("0.12345678901234568", value("0.1234567890123456789"));
    assertEquals("123456789012345678901234567890", value("123456789012345678901234567890"));
    assertEquals("false", value("false"));
    assertNull(value("null"));
  }

  @Test
  void contentAfterTheFirstValueIsIgnored() {
    assertEquals("1", value("\"1\"} xyz"));
    assertEquals("1", value("\"1\"} {"));
    assertEquals("1", value("\"1\"}}"));
    assertEquals("1", value("\"1\"}{\"value\": [}"));
  }

  @Test
  void refusesWhatIsNotAnObject() {
    String notObject = "malformed_record: the line is not a JSON object ({\"key\": value, ...})";
    for (String line : List.of("", "   ", "[1, 2]", "\"text\"", "42", "true", "null")) {
      assertEquals(notObject, parse(line, COLUMNS), line);
    }
    // The value's own syntax is judged first.
    assertEquals(
        "malformed_record: not valid JSON (Unexpected character ('}' (code 125)): expected a"
            + " value)",
        parse("[1, }", COLUMNS));
  }

  @Test
  void namesUnexpectedKeysInTheirOrderBeforeNestedValues() {
    assertEquals(
        "malformed_record: unexpected keys [zeta, alpha]; expected [programme_id, country_iso3,"
            + " period, value, note]",
        parse("{\"zeta\": 1, \"value\": [1], \"alpha\": {\"b\": 2}}", COLUMNS));
  }

  @Test
  void namesTheFirstNestedColumnInColumnOrder() {
    assertEquals(
        "malformed_record: \"value\" holds a JSON object {...} where a single value belongs;"
            + " give one number or text",
        parse("{\"note\": [1], \"value\": {\"a\": 1}}", COLUMNS));
    assertEquals(
        "malformed_record: \"note\" holds a JSON array [...] where a single value belongs;"
            + " give one number or text",
        parse("{\"note\": [], \"value\": 1}", COLUMNS));
  }

  @Test
  void syntaxAnywhereInTheValueWinsOverOtherProblems() {
    String duplicate =
        "malformed_record: the key \"b\" appears more than once in this object, so its value is"
            + " ambiguous; keep one";
    assertEquals(
        duplicate, parse("{\"zzz\": 1, \"value\": {\"a\": {\"b\": 1, \"b\": 2}}}", COLUMNS));
    assertEquals(duplicate, parse("[{\"b\": 1, \"b\": 2}]", COLUMNS));
    String nan =
        "malformed_record: NaN or Infinity is not a number JSON allows; write the value as a plain"
            + " number such as 12, or leave the record out if there is no value";
    assertEquals(nan, parse("{\"zzz\": 1, \"note\": [1, -Infinity]}", COLUMNS));
    assertEquals(nan, parse("{\"value\": NaN}", COLUMNS));
    assertTrue(
        parse("{\"zzz\": 1, \"value\": [1, 2}", COLUMNS)
            .startsWith("malformed_record: not valid JSON ("));
  }

  @Test
  void limitsOnNestedValuesStillApply() {
    // The tree read every nested value, so its length limits applied there too.
    String longNumber = "1".repeat(1001);
    String expected =
        "malformed_record: not valid JSON (Number value length (1001) exceeds the maximum allowed"
            + " (1000, from `StreamReadConstraints.getMaxNumberLength()`))";
    assertEquals(expected, parse("{\"zzz\": [" + longNumber + "]}", COLUMNS));
    assertEquals(expected, parse("{\"value\": " + longNumber + "}", COLUMNS));
    String longText = "\"" + "x".repeat(20_000_001) + "\"";
    for (String line :
        List.of(
            "{\"zzz\": [" + longText + "]}",
            "{\"note\": {\"a\": " + longText + "}}",
            "{\"note\": " + longText + "}",
            longText)) {
      assertSame(line, COLUMNS);
      assertTrue(parse(line, COLUMNS).contains("String value length (20000001) exceeds"));
    }
  }

  @Test
  void columnListsAreToldApart() {
    // Equal lists, distinct instances, interleaved, and a different list in between.
    List<String> other = new ArrayList<>(COLUMNS);
    String line = "{\"value\": 1, \"\u20ac\": 2}";
    for (int i = 0; i < 3; i++) {
      assertSame(line, COLUMNS);
      assertSame(line, other);
      assertSame(line, ODD_COLUMNS);
      assertSame(line, DUPLICATE_COLUMNS);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The differential test.

  @Test
  void agreesWithTheTreeParserOnEveryLine() {
    List<String> lines = new ArrayList<>(corpus());
    assertTrue(lines.size() >= 80, "corpus of " + lines.size());
    Random random = new Random(20260611L);
    List<String> seeds = new ArrayList<>(lines);
    for (int i = 0; i < 3000; i++) {
      seeds.add(randomRecord(random));
    }
    lines.addAll(seeds.subList(lines.size(), seeds.size()));
    for (int i = 0; i < 6000; i++) {
      lines.add(mutate(seeds.get(random.nextInt(seeds.size())), random));
    }
    int errors = 0;
    for (String line : lines) {
      for (List<String> columns : List.of(COLUMNS, ODD_COLUMNS, DUPLICATE_COLUMNS, NO_COLUMNS)) {
        if (assertSame(line, columns) != null) {
          errors++;
        }
      }
    }
    // Both outcomes are well represented (a mutation usually breaks the line).
    int checks = lines.size() * 4;
    assertTrue(errors > 1000 && checks - errors > 1000, errors + " errors of " + checks);
  }

  /**
   * The new parser's error and values equal the reference's, for a fresh array as the caller gives
   * and, when the line is good, for an array full of leftovers too.
   */
  static String assertSame(String line, List<String> columns) {
    String label = describeLine(line) + " with " + columns;
    Object[] expected = fresh(columns);
    String expectedError = Reference.parse(line, columns, expected, OFFSET);
    Object[] actual = fresh(columns);
    String actualError = JsonRecordParser.parse(line, columns, actual, OFFSET);
    assertEquals(expectedError, actualError, label);
    assertArrayEquals(expected, actual, label);
    if (expectedError == null) {
      Object[] reused = fresh(columns);
      Arrays.fill(reused, OFFSET, reused.length - 1, "left over");
      assertNull(JsonRecordParser.parse(line, columns, reused, OFFSET), label);
      assertArrayEquals(expected, reused, label);
    }
    return expectedError;
  }

  static Object[] fresh(List<String> columns) {
    Object[] values = new Object[OFFSET + columns.size() + 1];
    values[0] = "before";
    values[values.length - 1] = "after";
    return values;
  }

  static String describeLine(String line) {
    return line.length() > 200
        ? line.substring(0, 200) + "... (" + line.length() + " chars)"
        : line;
  }

  static String parse(String line, List<String> columns) {
    return assertSame(line, columns);
  }

  /** The text read for "value" from {@code {"value": <json>}. */
  static String value(String json) {
    String line = "{\"value\": " + json + (json.contains("}") ? "" : "}");
    assertSame(line, COLUMNS);
    Object[] values = new Object[COLUMNS.size()];
    assertNull(JsonRecordParser.parse(line, COLUMNS, values, 0));
    return (String) values[3];
  }

  /** Single quotes become double quotes, for readability. */
  static String j(String text) {
    return text.replace('\'', '"');
  }

  static List<String> corpus() {
    List<String> c = new ArrayList<>();
    // Valid records, all value kinds, keys in different orders, missing keys.
    c.add(
        j(
            "{'programme_id': 'BGD-CHILD-2017', 'country_iso3': 'BGD', 'period': '2017',"
                + " 'value': 9.0, 'note': 'UNICEF Bangladesh'}"));
    c.add(j("{'note':'x','value':6.7,'period':'2018','country_iso3':'BGD','programme_id':'P'}"));
    c.add(j("{'value': 11.3}"));
    c.add(j("{'period': 2017, 'value': null}"));
    c.add("{}");
    c.add(" { } ");
    c.add(j("{'programme_id':null,'country_iso3':null,'period':null,'value':null,'note':null}"));
    c.add(j("{'value': true, 'note': false}"));
    c.add(j("\t{'value' : 1 ,\t'note' :'a' }  "));
    // Integers of every size.
    for (String number :
        List.of(
            "0",
            "-0",
            "1",
            "-1",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "123456789012345678901234567890",
            "-123456789012345678901234567890",
            "1".repeat(1000),
            "1".repeat(1001))) {
      c.add(j("{'value': " + number + "}"));
    }
    // Fractions and exponents.
    for (String number :
        List.of(
            "12.50",
            "1e2",
            "1E2",
            "1e+2",
            "1E-2",
            "1.0",
            "-0.0",
            "0.0",
            "-0e0",
            "1e400",
            "-1e400",
            "1e-400",
            "4.9e-324",
            "2.2250738585072014E-308",
            "1.7976931348623157e308",
            "0.1234567890123456789012345",
            "123456789.123456789",
            "12345678.9",
            "0.001",
            "0.0001",
            "2e-3",
            "1.0E23",
            "2e23",
            "9007199254740993.0",
            "100.000000000000000000001",
            "1." + "2".repeat(998),
            "1." + "2".repeat(999))) {
      c.add(j("{'value': " + number + ", 'note': 'n'}"));
    }
    // Numbers that are not JSON.
    for (String number :
        List.of(
            "01", "1.", ".5", "-", "+1", "1e", "1e+", "0x10", "1_000", "--1", "1.2.3", "- 1",
            "1e2.5")) {
      c.add(j("{'value': " + number + "}"));
    }
    // Strings: escapes, unicode, control characters.
    c.add(j("{'note': '\\'\\\\\\/\\b\\f\\n\\r\\t'}"));
    c.add(j("{'note': '\\u0041\\u00e9\\u20ac\\ud83d\\ude00'}"));
    c.add(j("{'note': '\\ud800 lone high', 'value': '\\udc00'}"));
    c.add(j("{'note': 'caf\u00e9 \ud83d\ude00 \u4e2d\u6587', 'value': ''}"));
    c.add(j("{'note': 'tab\there'}"));
    c.add(j("{'note': 'nul\u0000here'}"));
    c.add(j("{'note': '\\u0000'}"));
    c.add(j("{'note': '\\x41'}"));
    c.add(j("{'note': '\\u00g1'}"));
    c.add(j("{'note': 'it\\'s'}"));
    c.add("{\"note\": \"single ' quote\"}");
    c.add("{'note': 'single quoted'}");
    // Keys with escapes and unicode (ODD_COLUMNS names them).
    c.add(j("{'na\\u00efve': 'x', 'a\\'b': 1, '\\u20ac': 2.5, 'value': 'v'}"));
    c.add(j("{'na\u00efve': 'raw', '\u20ac': '\u20ac'}"));
    c.add(j("{'v\\u0061lue': 7}"));
    c.add(j("{'value': 1, 'v\\u0061lue': 2}"));
    c.add(j("{'': 1}"));
    c.add(j("{'Value': 1, 'VALUE': 2}"));
    // Nested containers in expected and unexpected keys.
    c.add(j("{'value': [1, 2]}"));
    c.add(j("{'value': {'a': 1}}"));
    c.add(j("{'value': []}"));
    c.add(j("{'value': {}}"));
    c.add(j("{'note': [1], 'value': {'a': [true, null, {'b': 'c'}]}}"));
    c.add(j("{'note': {'x': 1}, 'period': ['2017']}"));
    c.add(j("{'programme_id': 'P', 'note': [[[[[]]]]]}"));
    c.add(j("{'zzz': [1, 2], 'value': 1}"));
    c.add(j("{'zzz': {'a': {'b': 1}}, 'yyy': 2, 'value': [3]}"));
    c.add(j("{'value': 1, 'zzz': 1, 'aaa': 2, 'zzz2': null}"));
    c.add("{\"note\": " + "[".repeat(999) + "]".repeat(999) + "}");
    c.add("{\"note\": " + "[".repeat(1000) + "]".repeat(1000) + "}");
    c.add("[".repeat(1000) + "]".repeat(1000));
    c.add("[".repeat(1001) + "]".repeat(1001));
    c.add(j("{'zzz': [" + "1".repeat(1001) + "]}"));
    c.add(j("{'zzz': [1." + "2".repeat(1000) + "]}"));
    c.add(j("{'" + "k".repeat(50_001) + "': 1}"));
    c.add(j("{'" + "k".repeat(50_000) + "': 1}"));
    // Duplicate keys, top level and nested.
    c.add(j("{'value': 1, 'value': 1}"));
    c.add(j("{'value': 1, 'note': 2, 'value': [}"));
    c.add(j("{'zzz': 1, 'zzz': 2}"));
    c.add(j("{'value': {'a': 1, 'a': 2}}"));
    c.add(j("{'zzz': [{'a': 1}, {'b': 1, 'b': 1}]}"));
    c.add(j("{'value': {'a': 1, 'b': {'a': 1}}}"));
    c.add(j("{'note': [{'a': 1}, {'a': 2}]}"));
    // Syntax errors at the start, in the middle, at the end; truncated lines.
    for (String line :
        List.of(
            "x{'value': 1}",
            "{value: 1}",
            "{'value' 1}",
            "{'value': 1 'note': 2}",
            "{'value': 1,, 'note': 2}",
            "{'value': 1,}",
            "{,'value': 1}",
            "{'value': [1,]}",
            "{'value': [,1]}",
            "{'zzz': [1 2]}",
            "{'zzz': {'a' 1}}",
            "{'value': 1",
            "{'value': ",
            "{'value'",
            "{'val",
            "{",
            "{'value': 'abc",
            "{'value': tru}",
            "{'value': nul}",
            "{'value': True}",
            "{'value': undefined}",
            "{'value': 1 /* comment */}",
            "# comment",
            "// comment",
            "{'value': 1}// trailing comment",
            "{'value': [1, 2}",
            "{'zzz': [1, {'a': 1]}",
            "{'zzz': [1, {'a': 1}}",
            "{'value': 1]",
            "}",
            "]",
            ":",
            "'text",
            "\ufeff{'value': 1}",
            "\u0000",
            "{'value': 1}\u0000")) {
      c.add(j(line));
    }
    // Trailing content after the first value.
    for (String line :
        List.of(
            "{'value': '1'} xyz",
            "{'value': '1'} {",
            "{'value': '1'}}",
            "{'value': '1'}{'value': '2'}",
            "{'value': '1'},",
            "{'value': 1} NaN",
            "{'value': 1} [1, }",
            "{'zzz': 1} {",
            "[1] {",
            "'x' 1",
            "1 2",
            "123abc",
            "true false",
            "null x",
            "1]")) {
      c.add(j(line));
    }
    // Empty and blank lines; values that are not objects.
    c.addAll(List.of("", " ", "\t", "  \t  ", "\r", "\n"));
    for (String line :
        List.of(
            "[1, 2]",
            "[]",
            "[{'value': 1}]",
            "'text'",
            "''",
            "42",
            "-0",
            "1.5e3",
            "1e400",
            "true",
            "false",
            "null",
            "nul",
            "[1, 2",
            "[1, {'a': 1, 'a': 2}]",
            "[NaN]",
            "['\\x']",
            "1".repeat(1001))) {
      c.add(j(line));
    }
    // NaN and Infinity, as values and inside containers; their text is fine.
    for (String line :
        List.of(
            "{'value': NaN}",
            "{'value': -NaN}",
            "{'value': Infinity}",
            "{'value': -Infinity}",
            "{'value': +Infinity}",
            "{'value': +INF}",
            "{'value': inf}",
            "{'value': [NaN]}",
            "{'zzz': NaN}",
            "{'zzz': {'a': Infinity}}",
            "{'value': 'NaN', 'note': 'Infinity'}",
            "NaN",
            "-Infinity")) {
      c.add(j(line));
    }
    return c;
  }

  static final String[] NUMBERS = {
    "0",
    "-0",
    "7",
    "-12",
    "2017",
    "3000000000",
    "-9223372036854775809",
    "12.50",
    "1e2",
    "-1.5E-3",
    "1e400",
    "0.30000000000000004",
    "6.02214076e23",
    "98765432109876543210"
  };

  static final String[] TEXTS = {
    "",
    "BGD",
    "2017",
    "caf\u00e9",
    "\\u00e9",
    "\\\"q\\\"",
    "a\\\\b",
    "\\n",
    "\\ud83d\\ude00",
    "\ud83d\ude00",
    "12.50",
    "null",
    "UNICEF Bangladesh"
  };

  static final String[] KEYS = {
    "programme_id",
    "country_iso3",
    "period",
    "value",
    "note",
    "na\\u00efve",
    "a\\\"b",
    "\u20ac",
    "extra"
  };

  /** A record with random keys (some repeated, some unexpected) and values of every kind. */
  static String randomRecord(Random random) {
    StringBuilder b = new StringBuilder("{");
    int keys = random.nextInt(7);
    List<String> used = new ArrayList<>();
    for (int k = 0; k < keys; k++) {
      String key = KEYS[random.nextInt(KEYS.length)];
      if (used.contains(key) && random.nextInt(10) > 0) {
        continue;
      }
      used.add(key);
      if (b.length() > 1) {
        b.append(random.nextBoolean() ? "," : ", ");
      }
      b.append('"').append(key).append("\":").append(random.nextBoolean() ? " " : "");
      b.append(randomValue(random, random.nextInt(8) == 0 ? 2 : 0));
    }
    return b.append('}').toString();
  }

  static String randomValue(Random random, int depth) {
    int kind = random.nextInt(depth > 0 ? 8 : 6);
    switch (kind) {
      case 0:
        return "null";
      case 1:
        return random.nextBoolean() ? "true" : "false";
      case 2:
        return NUMBERS[random.nextInt(NUMBERS.length)];
      case 3:
        return randomNumber(random);
      case 4:
      case 5:
        return "\"" + TEXTS[random.nextInt(TEXTS.length)] + "\"";
      case 6:
        {
          StringBuilder b = new StringBuilder("[");
          int n = random.nextInt(3);
          for (int i = 0; i < n; i++) {
            b.append(i > 0 ? "," : "").append(randomValue(random, depth - 1));
          }
          return b.append(']').toString();
        }
      default:
        {
          StringBuilder b = new StringBuilder("{");
          int n = random.nextInt(3);
          for (int i = 0; i < n; i++) {
            b.append(i > 0 ? "," : "").append("\"k").append(random.nextInt(3)).append("\":");
            b.append(randomValue(random, depth - 1));
          }
          return b.append('}').toString();
        }
    }
  }

  static String randomNumber(Random random) {
    StringBuilder b = new StringBuilder();
    if (random.nextBoolean()) {
      b.append('-');
    }
    int digits = 1 + random.nextInt(random.nextInt(5) == 0 ? 30 : 6);
    b.append(random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(9));
    if (b.charAt(b.length() - 1) != '0') {
      for (int i = 1; i < digits; i++) {
        b.append(random.nextInt(10));
      }
    }
    if (random.nextInt(3) == 0) {
      b.append('.');
      int fraction = 1 + random.nextInt(random.nextInt(4) == 0 ? 25 : 4);
      for (int i = 0; i < fraction; i++) {
        b.append(random.nextInt(10));
      }
    }
    if (random.nextInt(4) == 0) {
      b.append(random.nextBoolean() ? 'e' : 'E');
      int sign = random.nextInt(3);
      b.append(sign == 0 ? "" : sign == 1 ? "+" : "-");
      b.append(random.nextInt(random.nextInt(5) == 0 ? 500 : 30));
    }
    return b.toString();
  }

  static final String[] INSERTS = {
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "\"",
    "\\",
    "/",
    " ",
    "\t",
    "-",
    "+",
    ".",
    "0",
    "1",
    "9",
    "e",
    "E",
    "n",
    "t",
    "f",
    "a",
    "x",
    "\u00e9",
    "\ud83d",
    "\u0000",
    "\u0001",
    "null",
    "true",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-0",
    "[]",
    "{}",
    "\"value\":",
    "\"zzz\":",
    "\"note\":",
    "\"value\": 1,",
    "\\u",
    "\\u00",
    "'"
  };

  /** One to three random edits: delete, insert, replace, truncate, repeat or swap. */
  static String mutate(String line, Random random) {
    StringBuilder b = new StringBuilder(line);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = b.length() == 0 ? 0 : random.nextInt(b.length());
      switch (random.nextInt(6)) {
        case 0:
          if (b.length() > 0) {
            b.deleteCharAt(at);
          }
          break;
        case 1:
          b.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
          break;
        case 2:
          if (b.length() > 0) {
            String insert = INSERTS[random.nextInt(INSERTS.length)];
            b.replace(at, at + 1, insert);
          }
          break;
        case 3:
          b.setLength(at);
          break;
        case 4:
          {
            int end = Math.min(b.length(), at + 1 + random.nextInt(20));
            b.insert(end, b.substring(at, end));
            break;
          }
        default:
          if (b.length() > 1) {
            int other = random.nextInt(b.length());
            char c = b.charAt(at);
            b.setCharAt(at, b.charAt(other));
            b.setCharAt(other, c);
          }
      }
    }
    return b.toString();
  }

  /** The parser as it was before streaming (a full tree per line), verbatim. */
  static final class Reference {
    private static final ObjectMapper JSON =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    private static final String MALFORMED = "malformed_record: ";

    private Reference() {}

    /** Fills {@code values[offset + i]} for each column; returns the error, or null. */
    static String parse(String line, List<String> columns, Object[] values, int offset) {
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        return MALFORMED + describe(e.getMessage());
      }
      if (node == null || !node.isObject()) {
        return MALFORMED + "the line is not a JSON object ({\"key\": value, ...})";
      }
      List<String> unexpected = new ArrayList<>();
      node.fieldNames()
          .forEachRemaining(
              n -> {
                if (!columns.contains(n)) {
                  unexpected.add(n);
                }
              });
      if (!unexpected.isEmpty()) {
        return MALFORMED + "unexpected keys " + unexpected + "; expected " + columns;
      }
      for (int i = 0; i < columns.size(); i++) {
        JsonNode v = node.get(columns.get(i));
        if (v != null && v.isContainerNode()) {
          return MALFORMED
              + "\""
              + columns.get(i)
              + "\" holds a JSON "
              + (v.isArray() ? "array [...]" : "object {...}")
              + " where a single value belongs; give one number or text";
        }
        values[offset + i] = v == null || v.isNull() ? null : v.asText();
      }
      return null;
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
  }
}
