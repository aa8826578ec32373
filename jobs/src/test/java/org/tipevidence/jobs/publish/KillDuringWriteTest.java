package org.tipevidence.jobs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.cli.TipEvidence;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.testing.Outputs;
import org.tipevidence.jobs.testing.Paths;
import org.tipevidence.jobs.testing.SampleRun;
import org.tipevidence.jobs.testing.ShortLivedJvm;

/**
 * SIGKILL during the write stage: the previous version stays current, complete and readable; the
 * next run breaks the stale lock, removes the staging leftovers and publishes.
 */
class KillDuringWriteTest {
  @Test
  void killedRunLeavesPreviousOutputsIntactAndNextRunSucceeds(@TempDir Path dir) throws Exception {
    // The previous version: a copy of the shared sample-data run's output, a real published
    // version that other test classes need anyway (a run of its own costs a full run more).
    Path input = Paths.sampleData();
    Path out = copyTree(SampleRun.output(), dir.resolve("out"));
    String before = Files.readString(out.resolve("_CURRENT")).strip();
    long observationsBefore = Outputs.read(out, "restricted", "observations").count();

    Process child = startRunInChildJvm(input, out);
    try {
      assertTrue(waitForStagingWrite(out, child), "the child run reached the write stage");
    } finally {
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean-up
      child.waitFor(60, TimeUnit.SECONDS);
    }

    assertEquals(before, Files.readString(out.resolve("_CURRENT")).strip(), "still current");
    assertEquals(observationsBefore, Outputs.read(out, "restricted", "observations").count());
    assertTrue(Files.exists(out.resolve(RunLock.FILE)), "the killed run left its lock");

    assertEquals(ExitCode.OK, TipEvidence.execute(runArgs(input, out).toArray(new String[0])));
    assertFalse(Files.exists(out.resolve(RunLock.FILE)));
    try (Stream<Path> staging = Files.list(out.resolve(Publisher.STAGING))) {
      assertEquals(0, staging.count(), "staging leftovers removed");
    }
    assertEquals(observationsBefore, Outputs.read(out, "restricted", "observations").count());
  }

  /** A run with the shared sample run's MSE settings (200 replicates, not the default 1000). */
  private static List<String> runArgs(Path input, Path out) {
    return List.of(
        "run",
        "--input",
        input.toString(),
        "--output",
        out.toString(),
        "--run-date",
        SampleRun.RUN_DATE.toString(),
        "--mse-seed",
        Long.toString(SampleRun.MSE_SEED),
        "--mse-replicates",
        Integer.toString(SampleRun.MSE_REPLICATES));
  }

  /** Copies a folder as it is: the {@code current} link stays a link. */
  private static Path copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Files.copy(
            path,
            to.resolve(from.relativize(path).toString()),
            LinkOption.NOFOLLOW_LINKS,
            StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return to;
  }

  private static Process startRunInChildJvm(Path input, Path out) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    try (InputStream flags =
        KillDuringWriteTest.class.getResourceAsStream("/tip-evidence-jvm-flags.txt")) {
      for (String flag :
          new String(flags.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+")) {
        command.add(flag);
      }
    }
    command.addAll(ShortLivedJvm.FLAGS);
    command.add("-Dspark.master=local[2]");
    command.add("-Dspark.ui.enabled=false");
    command.add("-Dspark.driver.host=127.0.0.1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TipEvidence.class.getName());
    command.addAll(runArgs(input, out));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(out.getParent().resolve("child.log").toFile())
        .start();
  }

  /** True once the child has started writing a dataset into its staging folder. */
  private static boolean waitForStagingWrite(Path out, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline && child.isAlive()) {
      Path staging = out.resolve(Publisher.STAGING);
      if (Files.isDirectory(staging)) {
        try (Stream<Path> runs = Files.list(staging)) {
          for (Path run : runs.toList()) {
            if (Files.exists(run.resolve("restricted").resolve("observations"))) {
              return true;
            }
          }
        }
      }
      Thread.sleep(50);
    }
    return false;
  }
}
