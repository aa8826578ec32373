package org.tipevidence.jobs.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tipevidence.jobs.ingest.LinkGuard;

/**
 * An input folder for full runs on real national data: sample-data's files linked into {@code
 * dir/input}, and the named {@code ../shared/data} folders linked into {@code dir/national}. Real
 * data is linked, never copied into the repository or the temp folder.
 */
public record LinkedInput(Path input, Path national) {
  private static final List<String> SAMPLE_FILES =
      List.of(
          "programmes.csv",
          "targets.csv",
          "population.csv",
          "indicator-map.json",
          "dhis2-map.json",
          "evaluations.csv",
          "submissions");

  public static LinkedInput create(Path dir, Path sharedData, String... nationalFolders)
      throws IOException {
    allowLinksInto(Paths.sampleData());
    allowLinksInto(sharedData);
    Path input = Files.createDirectories(dir.resolve("input"));
    for (String name : SAMPLE_FILES) {
      Files.createSymbolicLink(input.resolve(name), Paths.sampleData().resolve(name));
    }
    Path national = Files.createDirectories(dir.resolve("national"));
    for (String name : nationalFolders) {
      Files.createSymbolicLink(national.resolve(name), sharedData.resolve(name));
    }
    return new LinkedInput(input, national);
  }

  /** Links out of an input folder are refused unless their target folder is allowed explicitly. */
  private static synchronized void allowLinksInto(Path folder) throws IOException {
    String real = folder.toRealPath().toString();
    String now = System.getProperty(LinkGuard.ALLOW_INTO, "");
    if (!java.util.Arrays.asList(now.split(java.io.File.pathSeparator)).contains(real)) {
      System.setProperty(
          LinkGuard.ALLOW_INTO, now.isEmpty() ? real : now + java.io.File.pathSeparator + real);
    }
  }
}
