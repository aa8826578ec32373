package org.tipevidence.jobs.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locations tests use: the repository's sample-data and the shared real data beside the clone. */
public final class Paths {
  private Paths() {}

  /** The repository root (the folder holding sample-data/), found from the working directory. */
  public static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("sample-data"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "cannot find sample-data/ above " + Path.of("").toAbsolutePath());
    }
    return dir;
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
