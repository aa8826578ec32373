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
 * stale and is broken (see {@link #breakStale}); a lock from another host is only broken by hand,
 * since its liveness cannot be checked from here.
 */
public final class RunLock implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(RunLock.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String FILE = "_lock";

  /** Held (created exclusively) by the one run that is breaking a stale lock. */
  static final String BREAKER = FILE + ".breaking";

  // A breaker is held for milliseconds; 250 looks of 20 ms wait about five seconds for it.
  private static final int MAX_ATTEMPTS = 250;
  private static final long PAUSE_MILLIS = 20;

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
    String ownerText = owner.toPrettyString();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (store.createExclusive(path, ownerText)) {
        return new RunLock(store, path);
      }
      String held = store.readText(path).orElse(null);
      if (held == null) {
        continue; // released between the two calls
      }
      JsonNode holder = parse(held);
      if (holder == null || !isStale(holder, host)) {
        throw busy(store, path, holder);
      }
      Break outcome = breakStale(store, path, held, ownerText);
      if (outcome == Break.DELETED) {
        LOG.warn(
            "broke stale lock of run {} (pid {} on {} is no longer running)",
            holder.path("run_id").asText(),
            holder.path("pid").asLong(),
            holder.path("host").asText());
      } else if (outcome == Break.BREAKER_HELD) {
        pause(); // another run is breaking it: look again in a moment
      }
    }
    throw new UserInputException(
        ExitCode.RUNTIME_FAILURE,
        "could not take the lock of "
            + store.root()
            + ": a stale lock is being broken and "
            + store.resolve(BREAKER)
            + " has stayed for seconds; delete it if no other run is starting");
  }

  /**
   * Deletes a stale lock while holding the breaker file, and only if the lock is still the one
   * judged stale: only a breaker holder deletes another run's lock, and nothing else replaces a
   * stale lock while it is there, so the read and the delete see the same file. Without the
   * breaker, two runs that judged the same stale lock could each remove what the other created.
   */
  private static Break breakStale(OutputStore store, Path path, String staleText, String owner) {
    Path breaker = store.resolve(BREAKER);
    if (!store.createExclusive(breaker, owner)) {
      return Break.BREAKER_HELD;
    }
    try {
      if (!store.readText(path).orElse("").equals(staleText)) {
        return Break.ALREADY_GONE; // another run broke it first
      }
      store.delete(path);
      return Break.DELETED;
    } finally {
      store.delete(breaker);
    }
  }

  private enum Break {
    DELETED,
    ALREADY_GONE,
    BREAKER_HELD
  }

  private static UserInputException busy(OutputStore store, Path path, JsonNode holder) {
    return new UserInputException(
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

  private static void pause() {
    try {
      Thread.sleep(PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + FILE, e);
    }
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
