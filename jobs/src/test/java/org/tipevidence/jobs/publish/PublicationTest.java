package org.tipevidence.jobs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.cli.TipEvidence;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.Outputs;
import org.tipevidence.jobs.testing.SharedSpark;

/**
 * The publication protocol: idempotent reruns, the lock, retention and staging clean-up. A full run
 * costs seconds even on this tiny input, so one output folder takes three runs in {@link
 * #threeRuns()} (the first breaking a stale lock and clearing staging leftovers) and the tests
 * below check that history several ways; the refused run never reaches the pipeline.
 */
class PublicationTest {
  private static final String SUBMISSIONS =
      Fixtures.SUBMISSION_HEADER
          + "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2019,F,Y0T17,SEX_EXPL,12,2024-01-10T00:00:00Z,t\n"
          + "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2020,F,Y0T17,SEX_EXPL,15,2024-01-10T00:00:00Z,t\n"
          + "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2020,F,Y0T17,SEX_EXPL,x,2024-01-10T00:00:00Z,t\n"
          + "MEX-SOM,MEX,PROSECUTIONS_SOM,2020,_T,_T,_T,9,2024-01-10T00:00:00Z,t\n";
  private static final String LEFTOVER = ".staging/20200101T000000Z-dead00";

  @TempDir static Path dir;
  private static Path input;
  private static Path out;
  private static final int[] exits = {-1, -1, -1}; // -1: the run never started
  private static final String[] versions = new String[3];
  private static boolean lockLeftAfterFirstRun;
  private static boolean leftoverAfterFirstRun;
  private static List<List<String>> firstRows;
  private static List<List<String>> secondRows;
  private static List<String> versionsAtEnd;

  /**
   * Three runs with --keep-versions 2 into one folder that starts with a stale lock (a dead pid)
   * and a staging leftover; what each run left is recorded before the next one starts.
   */
  @BeforeAll
  static void threeRuns() throws Exception {
    SharedSpark.get();
    input = Fixtures.inputFolder(dir.resolve("input"), "a.csv", SUBMISSIONS);
    out = Files.createDirectories(dir.resolve("output"));
    Files.createDirectories(out.resolve(LEFTOVER + "/restricted/quarantine"));
    Files.writeString(
        out.resolve(RunLock.FILE),
        "{\"host\":\""
            + java.net.InetAddress.getLocalHost().getHostName()
            + "\",\"pid\":"
            + deadPid()
            + ",\"run_id\":\"killed\",\"started_at\":\"2026-11-28T01:00:00Z\"}");
    for (int i = 0; i < 3; i++) {
      exits[i] = run(out, "--keep-versions", "2");
      if (exits[i] != ExitCode.OK) {
        break; // the tests report the exit code; the lock test below does not depend on these runs
      }
      versions[i] = Outputs.current(out).getFileName().toString();
      if (i == 0) {
        lockLeftAfterFirstRun = Files.exists(out.resolve(RunLock.FILE));
        leftoverAfterFirstRun = Files.exists(out.resolve(LEFTOVER));
        firstRows = rowsOfThreeDatasets(out);
      } else if (i == 1) {
        secondRows = rowsOfThreeDatasets(out);
      }
    }
    try (Stream<Path> list = Files.list(out)) {
      versionsAtEnd =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("v="))
              .sorted()
              .toList();
    }
  }

  private static int run(Path output, String... extra) {
    String[] base = {"run", "--input", input.toString(), "--output", output.toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return TipEvidence.execute(args);
  }

  /** observations, quarantine and data_quality of the current version, as sorted rows. */
  private static List<List<String>> rowsOfThreeDatasets(Path output) {
    return List.of(
        sortedRows(output, "restricted", "observations"),
        sortedRows(output, "restricted", "quarantine"),
        sortedRows(output, "published", "data_quality"));
  }

  private static List<String> sortedRows(Path output, String tier, String dataset) {
    return Outputs.read(output, tier, dataset).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }

  @Test
  void rerunWithSameInputsGivesIdenticalDatasets() {
    assertEquals(ExitCode.OK, exits[0]);
    assertEquals(ExitCode.OK, exits[1]);
    assertNotEquals(versions[0], versions[1], "a new version");
    assertEquals(firstRows.get(0), secondRows.get(0), "observations");
    assertEquals(firstRows.get(1), secondRows.get(1), "quarantine");
    assertEquals(firstRows.get(2), secondRows.get(2), "data_quality");
    assertEquals(3, firstRows.get(0).size());
    assertEquals(1, firstRows.get(1).size());
  }

  @Test
  void aStaleLockFromADeadProcessIsBroken() {
    assertEquals(ExitCode.OK, exits[0]);
    assertFalse(lockLeftAfterFirstRun, "lock released after the run");
  }

  @Test
  void keepsTheNewestVersionsAndRemovesStagingLeftovers() throws Exception {
    assertFalse(leftoverAfterFirstRun, "staging leftover removed by the first run");
    assertEquals(ExitCode.OK, exits[2]);
    assertEquals(List.of(versions[1], versions[2]), versionsAtEnd, "the oldest version deleted");
    assertEquals(versions[2], Files.readString(out.resolve("_CURRENT")).strip());
    assertEquals(out.resolve(versions[2]).toRealPath(), out.resolve("current").toRealPath());
  }

  @Test
  void aSecondRunIsRefusedWhileTheLockIsHeldByALiveProcess(@TempDir Path out) throws Exception {
    String holder =
        "{\"host\":\""
            + java.net.InetAddress.getLocalHost().getHostName()
            + "\",\"pid\":"
            + ProcessHandle.current().pid()
            + ",\"run_id\":\"other-run\",\"started_at\":\"2026-11-28T01:00:00Z\"}";
    Files.writeString(out.resolve(RunLock.FILE), holder);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = run(out);
    } finally {
      System.setErr(original);
    }
    assertEquals(ExitCode.RUNTIME_FAILURE, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("another run is writing"), message);
    assertTrue(message.contains("other-run"), message);
    assertTrue(message.contains("2026-11-28T01:00:00Z"), message);
    assertEquals(holder, Files.readString(out.resolve(RunLock.FILE)), "lock left untouched");
    assertFalse(Files.exists(out.resolve(Publisher.POINTER)), "nothing published");
  }

  /** A pid that no process on this machine has. */
  static long deadPid() {
    long pid = 4_000_000;
    while (ProcessHandle.of(pid).isPresent()) {
      pid++;
    }
    return pid;
  }
}
