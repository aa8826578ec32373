package org.tipevidence.common.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared real data, {@code <repo-root>/../shared/data}, from where the tests were
 * compiled rather than from the working directory, so that any clone beside a {@code shared/}
 * folder finds it whatever directory the tests run in. Tests on real data skip when it is absent (a
 * user's clone).
 */
public final class SharedData {
  private SharedData() {}

  /** The repository root: the highest folder above the compiled tests that holds a pom.xml. */
  public static Path repoRoot() {
    Path dir = compiledTests();
    Path root = null;
    for (; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))) {
        root = dir;
      } else if (root != null) {
        break;
      }
    }
    if (root == null) {
      throw new IllegalStateException("no pom.xml above " + compiledTests());
    }
    return root;
  }

  /** {@code <repo-root>/../shared/data}, when present. */
  public static Optional<Path> dir() {
    Path d = repoRoot().resolveSibling("shared").resolve("data");
    return Files.isDirectory(d) ? Optional.of(d) : Optional.empty();
  }

  /** {@code <repo-root>/../shared/data/<relative>}; skips the calling test when it is absent. */
  public static Path require(String relative) {
    Optional<Path> d = dir();
    assumeTrue(
        d.isPresent(),
        "Skipping: shared data folder " + repoRoot().resolveSibling("shared/data") + " not found");
    Path p = d.get().resolve(relative);
    assumeTrue(Files.exists(p), "Skipping: shared data " + p + " not found");
    return p;
  }

  private static Path compiledTests() {
    try {
      return Path.of(SharedData.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
