package org.tipevidence.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.cli.TipEvidence;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.SharedSpark;

/** Issue 15 item 6: a failed run says its cause in one line and removes its staging folder. */
class FailedRunTest {
  private static final String ROW =
      "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2019,F,Y0T17,SEX_EXPL,12,2024-01-10T00:00:00Z,t\n";

  @Test
  void inputChangedDuringTheRunNamesTheFileAndLeavesNoStaging(
      @TempDir Path input, @TempDir Path output) {
    Fixtures.inputFolder(input, "a.csv", Fixtures.SUBMISSION_HEADER + ROW);
    Path changed = input.resolve("submissions/a.csv");
    AtomicBoolean done = new AtomicBoolean();
    // A real writer appending to an input while the run reads it: after the first Spark job.
    SparkListener appender =
        new SparkListener() {
          @Override
          public void onJobEnd(SparkListenerJobEnd jobEnd) {
            if (done.compareAndSet(false, true)) {
              try {
                Files.writeString(changed, ROW.replace("2019", "2020"), StandardOpenOption.APPEND);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          }
        };
    SharedSpark.get().sparkContext().addSparkListener(appender);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit = TipEvidence.execute("run", "--input", input.toString(), "--output", output.toString());
    } finally {
      System.setErr(original);
      SharedSpark.get().sparkContext().removeSparkListener(appender);
    }
    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCode.RUNTIME_FAILURE, exit, text);
    String line =
        text.lines()
            .filter(l -> l.startsWith("error: "))
            .findFirst()
            .orElseThrow(() -> new AssertionError(text));
    assertTrue(line.contains("changed while the run read them: submissions/a.csv"), line);
    assertTrue(line.contains("Rerun when the inputs are complete"), line);
    assertFalse(line.contains("Exception"), line);
    assertFalse(text.contains("\tat org."), "no stack trace on the terminal: " + text);
    assertFalse(Files.exists(output.resolve("_CURRENT")), "nothing published");
    Path staging = output.resolve(".staging");
    assertTrue(
        !Files.exists(staging) || staging.toFile().list().length == 0,
        "the failed run removed its own staging folder");
  }
}
