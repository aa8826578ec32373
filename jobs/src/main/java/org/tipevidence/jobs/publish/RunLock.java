package org.tipevidence.jobs.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.UserInputException;

/**
 * One run at a time per output folder. The lock file is created exclusively and records owner
 * (host, pid, run id) and start time. A lock left by a process that no longer runs on this host is
 * stale and is broken; a lock from another host is only broken by hand, since its liveness cannot
 * be checked from here.
 */
public final class RunLock implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(RunLock.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String FILE = "_lock";

  private final OutputStore store;
  private final Path path;

  private RunLock(OutputStore store, Path path) {
    this.store = store;
    this.path = path;
  }

  public static RunLock acquire(OutputStore store, String runId) {
    Path path = store.resolve(FILE);
    String host = hostName();
    ObjectNode owner = JSON.createObjectNode();
    owner.put("host", host);
    owner.put("pid", ProcessHandle.current().pid());
    owner.put("run_id", runId);
    owner.put("started_at", Instant.now().toString());
    for (int attempt = 0; attempt < 2; attempt++) {
      if (store.createExclusive(path, owner.toPrettyString())) {
        return new RunLock(store, path);
      }
      String held = store.readText(path).orElse(null);
      JsonNode holder = held == null ? null : parse(held);
      if (holder != null && isStale(holder, host) && takeOver(store, path, held, runId)) {
        LOG.warn(
            "broke stale lock of run {} (pid {} on {} is no longer running)",
            holder.path("run_id").asText(),
            holder.path("pid").asLong(),
            holder.path("host").asText());
        continue;
      }
      throw new UserInputException(
          ExitCode.RUNTIME_FAILURE,
          "another run is writing to "
              + store.root()
              + (holder == null
                  ? ""
                  : " (run "
                      + holder.path("run_id").asText()
                      + ", pid "
                      + holder.path("pid").asText()
                      + " on "
                      + holder.path("host").asText()
                      + ", started "
                      + holder.path("started_at").asText()
                      + ")")
              + "; wait for it to finish, or delete "
              + path
              + " if you are sure it is dead");
    }
    throw new IllegalStateException("could not acquire " + path);
  }

  /**
   * Removes a stale lock atomically: the lock is renamed to a name unique to this run (only one
   * racer's rename can succeed), then its content is compared with the stale lock that was judged.
   * If a racer had already replaced it with a live lock, that lock is put back untouched. Read,
   * delete, create would let two runs that judged the same stale lock both take it.
   */
  private static boolean takeOver(OutputStore store, Path path, String staleText, String runId) {
    Path aside = new Path(path.getParent(), "." + FILE + ".stale-" + runId);
    if (!store.moveAside(path, aside)) {
      return false; // another run moved it first; the next attempt sees what is there now
    }
    String moved = store.readText(aside).orElse("");
    if (moved.equals(staleText)) {
      store.delete(aside);
      return true;
    }
    if (!store.restoreExclusive(aside, path)) {
      LOG.warn("a lock replaced during a stale-lock takeover could not be restored: {}", moved);
      store.delete(aside);
    }
    return false;
  }

  static boolean isStale(JsonNode holder, String thisHost) {
    if (!thisHost.equals(holder.path("host").asText())) {
      return false;
    }
    long pid = holder.path("pid").asLong(-1);
    return pid > 0 && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  @Override
  public void close() {
    store.delete(path);
  }
}
