package org.tipevidence.jobs.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.tipevidence.jobs.ingest.IgnoredFile;
import org.tipevidence.jobs.ingest.InputFingerprint;

/** Builds {@code _manifest.json} (fields documented in README "Run manifest"). */
public final class ManifestBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ObjectNode root = JSON.createObjectNode();

  public ManifestBuilder(String runId, RunOptions params, Instant startedAt) {
    root.put("manifest_version", 1);
    root.put("run_id", runId);
    root.put("run_date", params.runDate().toString());
    root.put("code_version", CodeVersion.get());
    root.put("started_at", startedAt.toString());
    // Every effective option, keyed as in a --config file.
    root.set("parameters", JSON.valueToTree(params.effectiveValues()));
  }

  public ManifestBuilder inputs(List<InputFingerprint> prints) {
    return array(
        "inputs",
        prints,
        (n, print) -> {
          n.put("file", print.label());
          n.put("bytes", print.bytes());
          n.put("sha256", print.sha256());
        });
  }

  /** Per input file read or reused, and the incremental block (call after {@link #inputs}). */
  public ManifestBuilder incremental(CheckedRowsReuse reuse) {
    reuse.describe(root);
    return this;
  }

  /**
   * Files under the input folder that were not read, with why (issue 15: none skipped silently).
   */
  public ManifestBuilder ignoredFiles(List<IgnoredFile> files) {
    return array(
        "ignored_files",
        files,
        (n, file) -> {
          n.put("path", file.path());
          n.put("reason", file.reason());
        });
  }

  /** {@code name}: one object per item, filled by {@code fill}. */
  private <T> ManifestBuilder array(String name, List<T> items, BiConsumer<ObjectNode, T> fill) {
    ArrayNode array = root.putArray(name);
    for (T item : items) {
      fill.accept(array.addObject(), item);
    }
    return this;
  }

  public ManifestBuilder methods(Map<String, String> methods) {
    ObjectNode m = root.putObject("methods");
    methods.forEach(m::put);
    return this;
  }

  public ManifestBuilder versions(String catalogueVersion, String mappingVersion) {
    root.put("catalogue_version", catalogueVersion);
    root.put("mapping_version", mappingVersion);
    return this;
  }

  public ManifestBuilder datasets(Map<String, String> tiers, Map<String, Long> rows) {
    ObjectNode d = root.putObject("datasets");
    tiers.forEach(
        (name, tier) -> {
          ObjectNode n = d.putObject(name);
          n.put("tier", tier);
          n.put("path", tier + "/" + name);
          n.put("rows", rows.getOrDefault(name, 0L));
        });
    return this;
  }

  public ManifestBuilder timings(Map<String, Long> millis) {
    ObjectNode t = root.putObject("timings_ms");
    millis.forEach(t::put);
    return this;
  }

  public String finish(String outcome) {
    root.put("finished_at", Instant.now().toString());
    root.put("outcome", outcome);
    return root.toPrettyString();
  }
}
