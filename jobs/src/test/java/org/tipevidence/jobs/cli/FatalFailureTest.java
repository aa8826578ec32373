package org.tipevidence.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.FailureMessage;

/** Runtime failures end in exit 3 with one line naming the cause, the path and the fix. */
class FatalFailureTest {

  @Test
  void sparkTaskOutOfMemoryExitsWithThreeNamingMemory(@TempDir Path output) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    // The flags Spark needs on Java 17 (--add-opens ...), as the test JVM got them.
    for (String arg :
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("--add-opens")
          || arg.startsWith("-Djdk.reflect")
          || arg.startsWith("-Dio.netty")) {
        cmd.add(arg);
      }
    }
    cmd.add("-Dspark.driver.bindAddress=127.0.0.1");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(OomProbe.class.getName());
    cmd.add(output.toString());
    ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1"); // loopback only
    Process p = builder.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    String text = new String(out, StandardCharsets.UTF_8);
    String tail = text.substring(Math.max(0, text.length() - 3000));
    assertEquals(ExitCode.RUNTIME_FAILURE, p.exitValue(), tail);
    assertTrue(text.contains("ran out of memory"), tail);
    assertTrue(text.contains("TIP_EVIDENCE_DRIVER_MEMORY"), tail);
    // The run's catch block never ran, yet its staging folder (restricted data) is gone.
    Path staging = output.resolve(".staging");
    try (var left = Files.walk(staging)) {
      assertEquals(List.of(staging), left.toList(), tail);
    }
  }

  @Test
  void diskFullNamesTheCauseAndThePath() {
    IOException real =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> Files.write(Path.of("/dev/full"), new byte[1 << 16]));
    String line =
        FailureMessage.describe(
            new RuntimeException(
                "Job aborted", new UncheckedIOException("writing /out/.staging/x", real)));
    assertTrue(line.startsWith("the disk is full: No space left on device"), line);
    assertTrue(line.contains("/out/.staging/x"), line);
    assertTrue(line.contains("free space"), line);
    assertTrue(!line.contains("Exception"), line);
  }

  @Test
  void readOnlyFolderNamesTheCauseAndThePath() {
    String line =
        FailureMessage.describe(
            new UncheckedIOException(
                new FileSystemException("/srv/out/.staging", null, "Read-only file system")));
    assertEquals(
        "cannot write: Read-only file system (/srv/out/.staging). Nothing was published; give"
            + " --output a folder on a writable disk, then rerun.",
        line);
  }
}
