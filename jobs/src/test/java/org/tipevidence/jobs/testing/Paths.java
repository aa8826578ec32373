package org.tipevidence.jobs.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locations tests use: the repository's sample-data and the shared real data beside the clone. */
public final class Paths {
  private Paths() {}

  /**
   * The repository root (the folder holding sample-data/), found from where the tests were
   * compiled, so it does not depend on the working directory.
   */
  public static Path repoRoot() {
    Path start = compiledTests();
    Path dir = start;
    while (dir != null && !Files.isDirectory(dir.resolve("sample-data"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find sample-data/ above " + start);
    }
    return dir;
  }

  private static Path compiledTests() {
    try {
      return Path.of(Paths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path sampleData() {
    return repoRoot().resolve("sample-data");
  }

  /**
   * {@code ../shared/data} beside the clone, when present. A user's clone has no shared/, so tests
   * on real data skip (with JUnit assumptions) when this is empty.
   */
  public static Optional<Path> sharedData() {
    Path dir = repoRoot().getParent();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }
}
