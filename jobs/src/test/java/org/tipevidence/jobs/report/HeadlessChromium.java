package org.tipevidence.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium with the network cut off (no proxy reachable, every host unresolvable, no
 * background traffic) and a fresh profile per call. Absent outside CI: tests are skipped; under
 * CI=true a missing browser fails them (.ci/run installs it).
 */
final class HeadlessChromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");

  /** What the browser printed and wrote. */
  record Result(String stdout, String stderr) {}

  private HeadlessChromium() {}

  static void requireBrowser() {
    if (Files.isExecutable(BINARY)) {
      return;
    }
    if ("true".equals(System.getenv("CI"))) {
      fail("chromium is missing at " + BINARY + ": .ci/run installs the Debian package chromium");
    }
    assumeTrue(false, "chromium not installed (apt-get install chromium): browser test skipped");
  }

  static Result run(Path workDir, String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDir, "chromium-profile");
    List<String> command =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--proxy-server=127.0.0.1:9",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--enable-logging=stderr",
                "--v=0",
                "--user-data-dir=" + profile));
    command.addAll(List.of(extra));
    Path out = workDir.resolve("chromium-" + System.nanoTime() + ".out");
    Path err = workDir.resolve("chromium-" + System.nanoTime() + ".err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 120 s: " + String.join(" ", command));
    }
    Result result =
        new Result(
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    deleteRecursively(profile);
    Files.delete(out);
    Files.delete(err);
    assertEquals(0, p.exitValue(), () -> "chromium failed: " + result.stderr());
    return result;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
