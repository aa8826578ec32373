package org.tipevidence.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tipevidence.jobs.testing.Paths;

/**
 * Dependencies between the packages of {@code jobs} only point down (issue 14; the order is drawn
 * in docs/architecture.md). Plain source scanning, no Spark: every reference to {@code
 * org.tipevidence.jobs.<package>.} in main code (imports, static imports, qualified names) must
 * name a bottom package or a package in a lower layer. Packages in one layer do not import each
 * other (the national, evidence and MSE stages are independent). A new package fails this test
 * until it is given a place below.
 */
class PackageOrderTest {
  /** Lowest first. */
  static final List<Set<String>> LAYERS =
      List.of(
          Set.of("ingest"),
          Set.of("validate"),
          Set.of("conform"),
          Set.of("national", "evidence", "mse"),
          Set.of("progress"),
          Set.of("disclosure"),
          Set.of("publish"),
          Set.of("report"),
          Set.of("pipeline", "generate"),
          Set.of("cli"));

  /** Usable from every package; they import nothing but each other. */
  static final Set<String> BOTTOM = Set.of("failure", "stage", "spark", "testing");

  private static final Pattern REFERENCE =
      Pattern.compile("\\borg\\.tipevidence\\.jobs\\.([a-z][a-z0-9_]*)\\.");

  @Test
  void noPackageOfJobsImportsUpward() throws IOException {
    Path root = Paths.repoRoot().resolve("jobs/src/main/java/org/tipevidence/jobs");
    List<String> problems = new ArrayList<>();
    int files = 0;
    try (Stream<Path> sources = Files.walk(root)) {
      for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String from = root.relativize(file).getName(0).toString();
        problems.addAll(upwardReferences(root.relativize(file).toString(), from, read(file)));
        files++;
      }
    }
    assertTrue(files > 100, "scanned only " + files + " files under " + root);
    assertEquals(List.of(), problems, "imports that point up (docs/architecture.md)");
  }

  /** The scan itself: it must see an upward import, a qualified name and an unknown package. */
  @Test
  void findsUpwardAndUndeclaredReferences() {
    String source =
        """
        package org.tipevidence.jobs.mse;

        import org.tipevidence.jobs.failure.ExitCode;
        import org.tipevidence.jobs.ingest.InputFile;
        import org.tipevidence.jobs.pipeline.Pipeline;

        class X { org.tipevidence.jobs.evidence.EvidenceStage s; org.tipevidence.jobs.zzz.Y y; }
        """;
    assertEquals(
        List.of(
            "mse/X.java: mse imports pipeline (layer 9 over layer 4)",
            "mse/X.java: mse imports evidence (same layer: stages stay independent)",
            "mse/X.java: zzz has no place in PackageOrderTest.LAYERS"),
        upwardReferences("mse/X.java", "mse", source));
  }

  static List<String> upwardReferences(String file, String from, String source) {
    List<String> problems = new ArrayList<>();
    if (layerOf(from) == -1) {
      problems.add(file + ": " + from + " has no place in PackageOrderTest.LAYERS");
      return problems;
    }
    Set<String> seen = new TreeSet<>();
    for (String line : source.split("\n")) {
      if (line.startsWith("package ")) {
        continue;
      }
      Matcher m = REFERENCE.matcher(line);
      while (m.find()) {
        String to = m.group(1);
        if (to.equals(from) || BOTTOM.contains(to) || !seen.add(to)) {
          continue;
        }
        int fromLayer = layerOf(from);
        int toLayer = layerOf(to);
        if (toLayer == -1) {
          problems.add(file + ": " + to + " has no place in PackageOrderTest.LAYERS");
        } else if (fromLayer == Integer.MIN_VALUE) {
          problems.add(file + ": bottom package " + from + " imports " + to);
        } else if (toLayer == fromLayer) {
          problems.add(
              file + ": " + from + " imports " + to + " (same layer: stages stay independent)");
        } else if (toLayer > fromLayer) {
          problems.add(
              file
                  + ": "
                  + from
                  + " imports "
                  + to
                  + " (layer "
                  + (toLayer + 1)
                  + " over layer "
                  + (fromLayer + 1)
                  + ")");
        }
      }
    }
    return problems;
  }

  /** 0 for the lowest layer; {@link Integer#MIN_VALUE} for a bottom package; -1 if undeclared. */
  private static int layerOf(String pkg) {
    if (BOTTOM.contains(pkg)) {
      return Integer.MIN_VALUE;
    }
    for (int i = 0; i < LAYERS.size(); i++) {
      if (LAYERS.get(i).contains(pkg)) {
        return i;
      }
    }
    return -1;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
