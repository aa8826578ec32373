package org.tipevidence.jobs.pipeline;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.jobs.ingest.IgnoredFile;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputFingerprint;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.ingest.RawRecords;
import org.tipevidence.jobs.publish.OutputStore;
import org.tipevidence.jobs.publish.Publisher;
import org.tipevidence.jobs.publish.Tier;
import org.tipevidence.jobs.spark.ParquetReads;

/**
 * Incremental runs (issue 20): the checked rows of each submission file (SubmissionValidation's
 * output, before resubmissions are resolved) are kept in {@code restricted/_checked} of every
 * version, with the file's fingerprint. The next run takes the rows of every file whose label, size
 * and SHA-256 are unchanged from the current version, provided the {@link ValidationContext} is
 * unchanged, and reads only the other files; the cross-file steps then run on the union as before.
 *
 * <p>Reused rows are read from the previous version while the submissions stage writes the new
 * version's checked rows, so the new version holds its own copy before retention can delete the
 * previous one: a version is never needed by the run after it.
 */
public final class CheckedRowsReuse {
  private static final Logger LOG = LogManager.getLogger(CheckedRowsReuse.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where a version keeps its checked rows, relative to the version folder. */
  public static final String CHECKED = Tier.RESTRICTED.folder() + "/_checked";

  /** The intermediate name the submissions stage keeps its checked rows under. */
  static final String KEPT = "submissions_checked";

  /** Per-row fingerprint of the source file: {@code <sha256>-<bytes>}. */
  static final String FINGERPRINT = "_source_fingerprint";

  private static final String LABEL = "_fingerprint_label";

  private final boolean enabled;
  private final ValidationContext context;
  private final String sourceVersion;
  private final String sourceChecked;
  private final String fullReason;
  private final Map<String, String> current;
  private final Map<String, String> reusable;
  private final Map<String, Long> rowsPerFile = new LinkedHashMap<>();

  private CheckedRowsReuse(
      boolean enabled,
      ValidationContext context,
      String sourceVersion,
      String sourceChecked,
      String fullReason,
      Map<String, String> current,
      Map<String, String> reusable) {
    this.enabled = enabled;
    this.context = context;
    this.sourceVersion = sourceVersion;
    this.sourceChecked = sourceChecked;
    this.fullReason = fullReason;
    this.current = current;
    this.reusable = reusable;
  }

  /** No reuse and nothing kept (validate, tests that build without writing). */
  public static CheckedRowsReuse none() {
    return new CheckedRowsReuse(false, null, null, null, "not a run", Map.of(), Map.of());
  }

  /**
   * Decides what the run may reuse from the current version of {@code store}.
   *
   * @param inputs fingerprints of every input file, taken before the run reads anything
   */
  public static CheckedRowsReuse plan(
      SparkSession spark, OutputStore store, RunOptions params, List<InputFingerprint> inputs) {
    ValidationContext context =
        ValidationContext.of(
            inputs,
            SdgCatalogueLoader.loadDefault().version(),
            spark.version(),
            params.inputLimits());
    Map<String, String> current = new LinkedHashMap<>();
    for (InputFingerprint print : inputs) {
      // The files the submissions stage reads (InputLayout.tabularFiles), not the ones it ignores.
      if (print.label().startsWith(InputLayout.SUBMISSIONS + "/")
          && IgnoredFile.reasonForTabular(new Path(print.label()).getName()) == null) {
        current.put(print.label(), key(print.sha256(), print.bytes()));
      }
    }
    Optional<String> version = new Publisher(store).currentVersion();
    Optional<String> manifest =
        version.flatMap(v -> store.readText(new Path(store.resolve(v), Publisher.MANIFEST)));
    JsonNode previous = manifest.map(CheckedRowsReuse::parse).orElse(null);
    String reason = null;
    if (params.full()) {
      reason = "--full was given";
    } else if (version.isEmpty()) {
      reason = "no previous version";
    } else if (previous == null || !previous.has("incremental")) {
      reason = "the previous version " + version.get() + " kept no checked rows";
    } else if (!store.exists(new Path(store.resolve(version.get()), CHECKED))) {
      reason = "the previous version " + version.get() + " has no " + CHECKED;
    } else {
      List<String> changed =
          context.changedSince(
              previous.path("incremental").path("validation_context").path("parts"));
      if (!changed.isEmpty()) {
        reason = "changed since " + version.get() + ": " + String.join(", ", changed);
      }
    }
    Map<String, String> reusable = new LinkedHashMap<>();
    if (reason == null) {
      for (JsonNode input : previous.path("inputs")) {
        String label = input.path("file").asText();
        String was = key(input.path("sha256").asText(), input.path("bytes").asLong());
        if (input.path("checked_rows_kept").asBoolean(false) && was.equals(current.get(label))) {
          reusable.put(label, was);
        }
      }
      LOG.info(
          "incremental run: checked rows of {} of {} submission files can be reused from {}",
          reusable.size(),
          current.size(),
          version.get());
    } else {
      LOG.info("full rebuild of the submissions' checked rows: {}", reason);
    }
    String checked = version.map(v -> new Path(store.resolve(v), CHECKED).toString()).orElse(null);
    return new CheckedRowsReuse(
        true, context, version.orElse(null), checked, reason, current, Map.copyOf(reusable));
  }

  /** The files the submissions stage must read and check (all of them when nothing is reused). */
  public List<InputFile> toRead(List<InputFile> files) {
    return files.stream().filter(f -> !reusable.containsKey(f.label())).toList();
  }

  /**
   * The checked rows of every file in {@code files}: {@code fresh} (from {@link #toRead}) tagged
   * with its fingerprint, plus the reused rows of the other files read from the previous version.
   */
  public Dataset<Row> withReused(SparkSession spark, List<InputFile> files, Dataset<Row> fresh) {
    if (!enabled) {
      return fresh;
    }
    Map<String, String> read = new LinkedHashMap<>();
    Map<String, String> reused = new LinkedHashMap<>();
    for (InputFile file : files) {
      String print = current.get(file.label());
      (reusable.containsKey(file.label()) ? reused : read).put(file.label(), print);
    }
    Dataset<Row> tagged =
        fresh
            .join(
                broadcast(pairs(spark, read)),
                col(RawRecords.SOURCE_FILE).equalTo(col(LABEL)),
                "left")
            .drop(LABEL);
    if (reused.isEmpty()) {
      return tagged;
    }
    Dataset<Row> previous = ParquetReads.read(spark, sourceChecked);
    Dataset<Row> taken =
        previous.join(
            broadcast(pairs(spark, reused).withColumnRenamed(FINGERPRINT, "_fp")),
            col(RawRecords.SOURCE_FILE)
                .equalTo(col(LABEL))
                .and(col(FINGERPRINT).equalTo(col("_fp"))),
            "left_semi");
    return tagged.unionByName(taken, true);
  }

  /** Counts the stored checked rows per file (one column scan) and drops the fingerprint. */
  public Dataset<Row> kept(Dataset<Row> stored) {
    if (!enabled) {
      return stored;
    }
    for (Row r : stored.groupBy(RawRecords.SOURCE_FILE).count().collectAsList()) {
      rowsPerFile.put(r.getString(0), r.getLong(1));
    }
    LOG.info(
        "checked rows: {} reused from {}, {} read now",
        rows(true),
        fullReason == null ? sourceVersion : "none (full rebuild)",
        rows(false));
    return stored.drop(FINGERPRINT);
  }

  /** Moves the run's kept checked rows into its version, where the next run looks for them. */
  public void moveIntoVersion(OutputStore store, Path workDir, Path stagingDir) {
    Path from = new Path(workDir, KEPT);
    if (enabled && store.exists(from)) {
      store.renameDirectory(from, new Path(stagingDir, CHECKED));
    }
  }

  /** Adds per-file status to the manifest's inputs and the {@code incremental} block. */
  void describe(ObjectNode manifest) {
    for (JsonNode node : manifest.path("inputs")) {
      ObjectNode input = (ObjectNode) node;
      String label = input.path("file").asText();
      boolean reused = reusable.containsKey(label) && enabled;
      input.put("status", reused ? "reused" : "read");
      if (reused) {
        input.put("reused_from", sourceVersion);
      }
      if (enabled && current.containsKey(label)) {
        input.put("checked_rows_kept", true);
      }
    }
    if (!enabled) {
      return;
    }
    ObjectNode block = manifest.putObject("incremental");
    block.put("mode", fullReason == null ? "incremental" : "full");
    if (fullReason != null) {
      block.put("full_rebuild_reason", fullReason);
    }
    block.put("source_version", fullReason == null ? sourceVersion : null);
    block.put("checked_rows", CHECKED);
    block.put("files_reused", reusable.size());
    block.put("files_read", current.size() - reusable.size());
    block.put("rows_reused", rows(true));
    block.put("rows_read", rows(false));
    ObjectNode ctx = block.putObject("validation_context");
    ctx.put("sha256", context.sha256());
    ObjectNode parts = ctx.putObject("parts");
    new java.util.TreeMap<>(context.parts()).forEach(parts::put);
  }

  private long rows(boolean reused) {
    return rowsPerFile.entrySet().stream()
        .filter(e -> reusable.containsKey(e.getKey()) == reused)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  private static Dataset<Row> pairs(SparkSession spark, Map<String, String> labelToPrint) {
    List<Row> rows = new ArrayList<>();
    labelToPrint.forEach((label, print) -> rows.add(RowFactory.create(label, print)));
    StructType schema =
        new StructType()
            .add(LABEL, DataTypes.StringType, false)
            .add(FINGERPRINT, DataTypes.StringType, true);
    return spark.createDataFrame(rows, schema);
  }

  private static String key(String sha256, long bytes) {
    return sha256 + "-" + bytes;
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      LOG.warn("the previous version's manifest is not valid JSON: {}", e.getMessage());
      return null;
    }
  }
}
