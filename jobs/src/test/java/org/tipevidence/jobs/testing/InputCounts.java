package org.tipevidence.jobs.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts records in input files independently of the pipeline's reader, so conservation tests
 * compare the pipeline against something it did not compute. CSV records: RFC 4180 aware (newlines
 * inside quotes do not end a record), header excluded, blank lines skipped. JSON Lines: non-blank
 * lines. DHIS2 JSON: elements of {@code dataValues} (the file read whole: test files are small).
 * IATI XML: {@code period/actual} elements, counted with a DOM parser (not the StAX reader).
 */
public final class InputCounts {
  private InputCounts() {}

  public static long records(Path file) {
    try {
      if (file.toString().endsWith(".dhis2.json")) {
        return new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(file.toFile())
            .path("dataValues")
            .size();
      }
      if (file.toString().endsWith(".xml")) {
        return iatiActuals(file);
      }
      if (file.toString().endsWith(".jsonl")) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
          return lines.filter(l -> !l.isBlank()).count();
        }
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        long records = 0;
        boolean quoted = false;
        boolean content = false;
        int c;
        while ((c = in.read()) != -1) {
          if (c == '"') {
            quoted = !quoted;
          }
          if ((c == '\n') && !quoted) {
            if (content) {
              records++;
            }
            content = false;
          } else if (c != '\r' && c != '\uFEFF') {
            content = true;
          }
        }
        if (content) {
          records++;
        }
        return records - 1; // header
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long iatiActuals(Path file) {
    try {
      var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var actuals =
          factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("actual");
      long n = 0;
      for (int i = 0; i < actuals.getLength(); i++) {
        n += "period".equals(actuals.item(i).getParentNode().getNodeName()) ? 1 : 0;
      }
      return n;
    } catch (Exception e) {
      throw new IllegalStateException("cannot count actuals in " + file, e);
    }
  }
}
