package org.tipevidence.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 10: formula strings stay inert in exports for people. Every source file that writes
 * CSV, HTML or a spreadsheet (Spark's CSV writer, Commons CSV, HTML, Apache POI) must use
 * FormulaGuard; Parquet and terminal text are exempt.
 */
class ExportGuardTest {
  private static final Pattern WRITER =
      Pattern.compile(
          "\\.csv\\(|format\\(\"csv\"\\)|CSVPrinter|text/html|<html|XSSFWorkbook|HSSFWorkbook");

  @Test
  void everyCsvHtmlOrSpreadsheetWriterUsesFormulaGuard() throws IOException {
    Path main = Path.of("src/main/java");
    List<String> unguarded;
    try (Stream<Path> files = Files.walk(main)) {
      unguarded =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p -> {
                    String src = read(p);
                    return WRITER.matcher(src).find() && !src.contains("FormulaGuard");
                  })
              .map(Path::toString)
              .toList();
    }
    assertEquals(List.of(), unguarded);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
