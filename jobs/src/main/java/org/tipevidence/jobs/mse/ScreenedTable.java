package org.tipevidence.jobs.mse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tipevidence.common.mse.CaptureHistoryTable;
import org.tipevidence.common.mse.MseInputException;
import org.tipevidence.jobs.ingest.InputFile;

/**
 * One capture-history file read on the driver (tables have at most a few dozen rows) and judged as
 * a whole: either every data row is used, or the table is rejected with every problem found, each
 * naming its line and the fix. Nothing is merged or repaired.
 *
 * @param file the table file
 * @param lines physical lines as read (line n is {@code lines.get(n - 1)})
 * @param identity country, period and lists; null when none could be found
 * @param table the parsed table; null when rejected
 * @param problems every problem; empty when accepted
 */
public record ScreenedTable(
    InputFile file,
    List<String> lines,
    TableIdentity identity,
    CaptureHistoryTable table,
    List<MseInputException.Problem> problems)
    implements Serializable {

  public boolean accepted() {
    return problems.isEmpty();
  }

  /** Reads and judges one table file. */
  public static ScreenedTable screen(
      FileSystem fs,
      InputFile file,
      String name,
      Map<String, TableIdentity> metadata,
      Map<String, String> rejectedMetadata) {
    List<String> lines = readLines(fs, file);
    List<MseInputException.Problem> problems = new ArrayList<>();
    TableIdentity identity = identify(name, metadata, rejectedMetadata, problems);
    CaptureHistoryTable table = null;
    try {
      table = CaptureHistoryTable.parse(new StringReader(String.join("\n", lines)));
    } catch (MseInputException e) {
      problems.addAll(e.problems());
    }
    if (table != null && identity != null) {
      String mismatch = identity.listMismatch(table.listNames());
      if (mismatch != null) {
        problems.add(new MseInputException.Problem(1, MseInputException.Kind.BAD_HEADER, mismatch));
      }
    }
    return new ScreenedTable(
        file,
        List.copyOf(lines),
        identity,
        problems.isEmpty() ? table : null,
        List.copyOf(problems));
  }

  private static TableIdentity identify(
      String name,
      Map<String, TableIdentity> metadata,
      Map<String, String> rejectedMetadata,
      List<MseInputException.Problem> problems) {
    if (metadata.containsKey(name)) {
      return metadata.get(name);
    }
    if (rejectedMetadata.containsKey(name)) {
      problems.add(
          new MseInputException.Problem(
              0,
              MseInputException.Kind.BAD_HEADER,
              "its description in "
                  + rejectedMetadata.get(name)
                  + " was quarantined; fix that row so the table's country and period are known"));
      return null;
    }
    Optional<TableIdentity> byName = TableIdentity.fromFileName(name);
    if (byName.isEmpty()) {
      problems.add(
          new MseInputException.Problem(
              0,
              MseInputException.Kind.BAD_HEADER,
              "no row of "
                  + MseFiles.METADATA
                  + " describes '"
                  + name
                  + "' and its name is not <ISO3>_<period>.csv; add a row"
                  + " (file,country_iso3,period,list_names) or rename it, e.g. NLD_2019.csv"));
      return null;
    }
    return byName.get();
  }

  private static List<String> readLines(FileSystem fs, InputFile file) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(fs.open(new Path(file.path())), StandardCharsets.UTF_8))) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        lines.add(lines.isEmpty() && l.startsWith("\uFEFF") ? l.substring(1) : l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.label(), e);
    }
    return lines;
  }

  /**
   * Lines that are rows of the table: every non-blank line after the header. A file with none
   * (empty, or a header only) is represented by its first line, so a rejection is never invisible.
   */
  public List<Integer> rowLines() {
    List<Integer> out = new ArrayList<>();
    for (int n = 2; n <= lines.size(); n++) {
      if (!lines.get(n - 1).isBlank()) {
        out.add(n);
      }
    }
    return out.isEmpty() && !accepted() ? List.of(1) : out;
  }

  /** Text of physical line n ("" past the end of an empty file). */
  public String line(int n) {
    return n <= lines.size() ? lines.get(n - 1) : "";
  }
}
