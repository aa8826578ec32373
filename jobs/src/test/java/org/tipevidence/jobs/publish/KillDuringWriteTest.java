package org.tipevidence.jobs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.cli.TipEvidence;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.testing.Outputs;
import org.tipevidence.jobs.testing.SharedSpark;
import org.tipevidence.jobs.testing.ShortLivedJvm;

/**
 * SIGKILL during the write stage: the previous version stays current, complete and readable; the
 * next run breaks the stale lock, removes the staging leftovers and publishes.
 */
class KillDuringWriteTest {
  @Test
  void killedRunLeavesPreviousOutputsIntactAndNextRunSucceeds(@TempDir Path dir) throws Exception {
    SharedSpark.get();
    Path input = dir.resolve("in");
    Path out = dir.resolve("out");
    assertEquals(
        ExitCode.OK,
        TipEvidence.execute(
            "generate", "--output", input.toString(), "--rows", "5000", "--seed", "3"));
    assertEquals(
        ExitCode.OK,
        TipEvidence.execute("run", "--input", input.toString(), "--output", out.toString()));
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

    assertEquals(
        ExitCode.OK,
        TipEvidence.execute("run", "--input", input.toString(), "--output", out.toString()));
    assertFalse(Files.exists(out.resolve(RunLock.FILE)));
    try (Stream<Path> staging = Files.list(out.resolve(Publisher.STAGING))) {
      assertEquals(0, staging.count(), "staging leftovers removed");
    }
    assertEquals(observationsBefore, Outputs.read(out, "restricted", "observations").count());
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
    command.addAll(List.of("run", "--input", input.toString(), "--output", out.toString()));
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
