package org.tipevidence.jobs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tipevidence.jobs.failure.UserInputException;

/** Issue 15 item 8: stale-lock takeover is atomic; _CURRENT is the truth `current` follows. */
class LockAndPointerTest {

  private static String staleLock() throws Exception {
    return "{\"host\":\""
        + InetAddress.getLocalHost().getHostName()
        + "\",\"pid\":"
        + deadPid()
        + ",\"run_id\":\"crashed\",\"started_at\":\"2026-11-28T01:00:00Z\"}";
  }

  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  @RepeatedTest(20)
  void runsRacingForAStaleLockNeverBothTakeIt(@TempDir Path out) throws Exception {
    Files.writeString(out.resolve(RunLock.FILE), staleLock());
    OutputStore store = new OutputStore(out.toString());
    int racers = 8;
    CyclicBarrier start = new CyclicBarrier(racers);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      String runId = "run-" + i;
      results.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  RunLock.acquire(store, runId); // held (never closed) while the others try
                  return true;
                } catch (UserInputException e) {
                  return false;
                }
              }));
    }
    int winners = 0;
    for (Future<Boolean> f : results) {
      winners += f.get() ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, winners, "exactly one run takes a stale lock");
    assertTrue(Files.readString(out.resolve(RunLock.FILE)).contains("run-"));
  }

  @Test
  void aBreakerLeftByACrashNamesTheFileToDeleteAndTouchesNothing(@TempDir Path out)
      throws Exception {
    String stale = staleLock();
    Files.writeString(out.resolve(RunLock.FILE), stale);
    Files.writeString(out.resolve(RunLock.BREAKER), stale);
    UserInputException e =
        assertThrows(
            UserInputException.class,
            () -> RunLock.acquire(new OutputStore(out.toString()), "late"));
    assertTrue(e.getMessage().contains(out.resolve(RunLock.BREAKER).toString()), e.getMessage());
    assertEquals(stale, Files.readString(out.resolve(RunLock.FILE)));
  }

  @Test
  void currentLinkIsRepairedFromTheCurrentPointerAtTheStartOfARun(@TempDir Path out)
      throws Exception {
    Files.createDirectories(out.resolve("v=A"));
    Files.createDirectories(out.resolve("v=B"));
    Files.writeString(out.resolve(Publisher.POINTER), "v=B\n");
    Files.createSymbolicLink(out.resolve(Publisher.LINK), Path.of("v=A")); // killed mid-publish
    new Publisher(new OutputStore(out.toString())).removeStagingLeftovers();
    assertEquals(Path.of("v=B"), Files.readSymbolicLink(out.resolve(Publisher.LINK)));
  }
}
