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

/** The publication protocol: idempotent reruns, the lock, retention and staging clean-up. */
class PublicationTest {
  private static final String SUBMISSIONS =
      Fixtures.SUBMISSION_HEADER
          + "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2019,F,Y0T17,SEX_EXPL,12,2024-01-10T00:00:00Z,t\n"
          + "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2020,F,Y0T17,SEX_EXPL,15,2024-01-10T00:00:00Z,t\n"
          + "NPL-TIP,NPL,VICTIMS_IDENTIFIED,2020,F,Y0T17,SEX_EXPL,x,2024-01-10T00:00:00Z,t\n"
          + "MEX-SOM,MEX,PROSECUTIONS_SOM,2020,_T,_T,_T,9,2024-01-10T00:00:00Z,t\n";

  @TempDir static Path input;

  @BeforeAll
  static void input() {
    SharedSpark.get();
    Fixtures.inputFolder(input, "a.csv", SUBMISSIONS);
  }

  private static int run(Path output, String... extra) {
    String[] base = {"run", "--input", input.toString(), "--output", output.toString()};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return TipEvidence.execute(args);
  }

  private static List<String> sortedRows(Path output, String tier, String dataset) {
    return Outputs.read(output, tier, dataset).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }

  @Test
  void rerunWithSameInputsGivesIdenticalDatasets(@TempDir Path out) {
    assertEquals(ExitCode.OK, run(out));
    String first = Outputs.current(out).getFileName().toString();
    List<String> observations = sortedRows(out, "restricted", "observations");
    List<String> quarantine = sortedRows(out, "restricted", "quarantine");
    List<String> quality = sortedRows(out, "published", "data_quality");
    assertEquals(ExitCode.OK, run(out));
    assertNotEquals(first, Outputs.current(out).getFileName().toString(), "a new version");
    assertEquals(observations, sortedRows(out, "restricted", "observations"));
    assertEquals(quarantine, sortedRows(out, "restricted", "quarantine"));
    assertEquals(quality, sortedRows(out, "published", "data_quality"));
    assertEquals(3, observations.size());
    assertEquals(1, quarantine.size());
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

  @Test
  void aStaleLockFromADeadProcessIsBroken(@TempDir Path out) throws Exception {
    long deadPid = deadPid();
    Files.writeString(
        out.resolve(RunLock.FILE),
        "{\"host\":\""
            + java.net.InetAddress.getLocalHost().getHostName()
            + "\",\"pid\":"
            + deadPid
            + ",\"run_id\":\"killed\",\"started_at\":\"2026-11-28T01:00:00Z\"}");
    assertEquals(ExitCode.OK, run(out));
    assertFalse(Files.exists(out.resolve(RunLock.FILE)), "lock released after the run");
  }

  @Test
  void keepsTheNewestVersionsAndRemovesStagingLeftovers(@TempDir Path out) throws Exception {
    Files.createDirectories(out.resolve(".staging/20200101T000000Z-dead00/restricted/quarantine"));
    assertEquals(ExitCode.OK, run(out, "--keep-versions", "2"));
    assertFalse(Files.exists(out.resolve(".staging/20200101T000000Z-dead00")));
    assertEquals(ExitCode.OK, run(out, "--keep-versions", "2"));
    assertEquals(ExitCode.OK, run(out, "--keep-versions", "2"));
    List<String> versions;
    try (Stream<Path> list = Files.list(out)) {
      versions =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("v="))
              .sorted()
              .toList();
    }
    assertEquals(2, versions.size(), versions.toString());
    assertEquals(versions.get(1), Files.readString(out.resolve("_CURRENT")).strip());
    assertEquals(out.resolve(versions.get(1)).toRealPath(), out.resolve("current").toRealPath());
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
