package org.tipevidence.common.mse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared reference tables ({@code shared/data/mse}) without copying them into the repo:
 * walks up from the working directory (Surefire runs in the module directory) until a directory has
 * {@code shared/data/mse}. Tests needing the data skip with a clear message when it is absent.
 */
final class MseTestData {

  private static final Path RELATIVE = Path.of("shared", "data", "mse");

  private MseTestData() {}

  static Path dir() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve(RELATIVE);
      if (Files.isRegularFile(candidate.resolve("UKdat.csv"))) {
        return candidate;
      }
    }
    return null;
  }

  /** Loads a reference table, skipping the calling test if the shared folder is missing. */
  static CaptureHistoryTable load(String file) {
    Path dir = dir();
    assumeTrue(
        dir != null,
        "Skipping: reference data folder shared/data/mse (e.g. /work/shared/data/mse) not found"
            + " above "
            + Path.of("").toAbsolutePath());
    Path f = dir.resolve(file);
    assumeTrue(Files.isRegularFile(f), "Skipping: reference table " + f + " not found");
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return CaptureHistoryTable.parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
