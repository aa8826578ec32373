package org.tipevidence.jobs.publish;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;

/**
 * Publication protocol (README "How outputs are published"):
 *
 * <ol>
 *   <li>every dataset of a run is written under {@code .staging/<runId>/}, never into a published
 *       folder, so {@code overwrite} is never used on anything a reader can see;
 *   <li>the run checks what it wrote (read-back row counts, conservation) and writes {@code
 *       _manifest.json} last;
 *   <li>the staging folder is renamed to {@code v=<runId>} (one atomic rename), then the pointer
 *       file {@code _CURRENT} is replaced by an atomic rename and the {@code current} link is
 *       re-pointed. A reader that resolves {@code current} (or {@code _CURRENT}) once sees one
 *       complete version, old or new, never a mix.
 * </ol>
 *
 * Staging leftovers of killed runs are removed at the next start; the newest N versions are kept.
 */
public final class Publisher {
  private static final Logger LOG = LogManager.getLogger(Publisher.class);
  public static final String STAGING = ".staging";
  public static final String POINTER = "_CURRENT";
  public static final String LINK = "current";
  public static final String VERSION_PREFIX = "v=";
  public static final String MANIFEST = "_manifest.json";
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private final OutputStore store;

  public Publisher(OutputStore store) {
    this.store = store;
  }

  /** Sortable by time, unique across concurrent attempts. */
  public static String newRunId() {
    byte[] random = new byte[3];
    ThreadLocalRandom.current().nextBytes(random);
    return ZonedDateTime.now(ZoneOffset.UTC).format(RUN_ID_TIME)
        + "-"
        + HexFormat.of().formatHex(random);
  }

  public Path stagingDir(String runId) {
    return store.resolve(STAGING + "/" + runId);
  }

  public Path datasetPath(String runId, OutputDataset dataset) {
    return new Path(stagingDir(runId), dataset.relativePath());
  }

  /**
   * Start-of-run housekeeping (the caller holds the lock, so no run is live): repairs the {@code
   * current} link from {@code _CURRENT}, the only truth readers are told to use, and removes
   * staging folders left by killed runs.
   */
  public void removeStagingLeftovers() {
    repairCurrentLink();
    for (String leftover : store.list(store.resolve(STAGING))) {
      LOG.warn("removing staging leftover of an interrupted run: {}", leftover);
      store.deleteRecursively(store.resolve(STAGING + "/" + leftover));
    }
  }

  /**
   * Removes a failed run's own staging folder: it holds restricted data and, on a full disk, keeps
   * the disk full. Never throws, so the original failure is what the user is told.
   */
  public void removeStagingQuietly(String runId) {
    try {
      store.deleteRecursively(stagingDir(runId));
    } catch (RuntimeException e) {
      LOG.warn("could not remove the failed run's staging folder {}: {}", stagingDir(runId), e);
    }
  }

  /**
   * A partitioned dataset is rebalanced by its partition columns first: otherwise every task writes
   * one file per partition value it holds (the national run's 26 tasks wrote 476 files for 32
   * years, 20 s of a 100 s run). Rebalancing lets adaptive execution merge small partitions and
   * split skewed ones, so each value gets few files of sensible size. Rows are unchanged.
   */
  public void write(String runId, OutputDataset dataset) {
    Dataset<Row> data = dataset.data();
    List<String> partitionBy = dataset.partitionBy();
    if (!partitionBy.isEmpty()) {
      data = data.hint("rebalance", partitionBy.stream().map(functions::col).toArray());
    }
    var writer = data.write().mode(SaveMode.ErrorIfExists);
    if (!partitionBy.isEmpty()) {
      writer = writer.partitionBy(partitionBy.toArray(new String[0]));
    }
    writer.parquet(datasetPath(runId, dataset).toString());
  }

  public void publish(String runId, String manifestJson) {
    Path staging = stagingDir(runId);
    store.replaceAtomically(new Path(staging, MANIFEST), manifestJson);
    String version = VERSION_PREFIX + runId;
    store.renameDirectory(staging, store.resolve(version));
    store.replaceAtomically(store.resolve(POINTER), version + "\n");
    store.repointSymlink(LINK, version);
    LOG.info("published {} as current", version);
  }

  /** Re-points {@code current} at the version {@code _CURRENT} names, if they differ. */
  public void repairCurrentLink() {
    Optional<String> version = currentVersion();
    if (version.isPresent()
        && store.exists(store.resolve(version.get()))
        && !store.symlinkTarget(LINK).equals(version)) {
      LOG.warn(
          "re-pointing '{}' at {} as _CURRENT says (a run was killed mid-publish)",
          LINK,
          version.get());
      store.repointSymlink(LINK, version.get());
    }
  }

  /** The version the pointer names, if any. */
  public java.util.Optional<String> currentVersion() {
    return store.readText(store.resolve(POINTER)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Deletes published versions beyond the newest {@code keep}; never the current one. */
  public List<String> retain(int keep) {
    List<String> versions = new ArrayList<>();
    for (String name : store.list(store.root())) {
      if (name.startsWith(VERSION_PREFIX)) {
        versions.add(name);
      }
    }
    String current = currentVersion().orElse("");
    List<String> removed = new ArrayList<>();
    for (int i = 0; i < versions.size() - Math.max(1, keep); i++) {
      String old = versions.get(i);
      if (!old.equals(current)) {
        store.deleteRecursively(store.resolve(old));
        removed.add(old);
      }
    }
    return removed;
  }
}
