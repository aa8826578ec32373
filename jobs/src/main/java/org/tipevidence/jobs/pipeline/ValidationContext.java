package org.tipevidence.jobs.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.tipevidence.jobs.ingest.InputFingerprint;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.ingest.InputLimits;

/**
 * Everything besides a submission file's own bytes that shapes its checked rows: the code, the SDG
 * catalogue, the files SubmissionValidation joins (mapping, DHIS2 mapping, programme register,
 * population; targets are not read by the row rules) and the reader's limits. Checked rows of an
 * unchanged file are reused only when every part is unchanged (issue 20).
 *
 * @param parts part name to value, sorted by name
 */
public record ValidationContext(Map<String, String> parts) {
  /** The reference files the submission row rules read (by label, relative to the input root). */
  static final List<String> FILES =
      List.of(
          InputLayout.MAPPING,
          InputLayout.DHIS2_MAP,
          InputLayout.PROGRAMMES,
          InputLayout.POPULATION);

  /** Code identity; a test may replace it to stand for a new build. */
  static volatile Supplier<String> code = ValidationContext::codeIdentity;

  private static String jarDigest;

  public static ValidationContext of(
      List<InputFingerprint> inputs,
      String catalogueVersion,
      String sparkVersion,
      InputLimits limits) {
    Map<String, String> parts = new TreeMap<>();
    parts.put("code_version", code.get());
    parts.put("spark_version", sparkVersion);
    parts.put("catalogue_version", catalogueVersion);
    for (String file : FILES) {
      parts.put(
          file,
          inputs.stream()
              .filter(p -> p.label().equals(file))
              .map(p -> p.sha256() + "-" + p.bytes())
              .findFirst()
              .orElse("absent"));
    }
    parts.put("max_record_bytes", Long.toString(limits.maxRecordBytes()));
    parts.put("allow_outside_links", Boolean.toString(limits.allowOutsideLinks()));
    parts.put("allow_links_into", String.join(":", limits.allowLinksInto()));
    return new ValidationContext(Map.copyOf(parts));
  }

  /** SHA-256 over the sorted {@code name=value} lines. */
  public String sha256() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(parts).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    try {
      return InputFingerprint.of(
              "context",
              new java.io.ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)))
          .sha256();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names of the parts that differ from a previous manifest's {@code parts} object, sorted. */
  public List<String> changedSince(JsonNode previousParts) {
    List<String> changed = new ArrayList<>();
    for (String name : new TreeMap<>(parts).keySet()) {
      if (!previousParts.path(name).asText("\u0000").equals(parts.get(name))) {
        changed.add(name);
      }
    }
    previousParts
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!parts.containsKey(name)) {
                changed.add(name);
              }
            });
    return changed;
  }

  /**
   * The project version plus the SHA-256 of the jar the code was loaded from: a SNAPSHOT version
   * stays the same across rebuilds, the jar does not. Run from a classes folder (development,
   * tests) there is no jar to hash and the version alone stands for the code.
   */
  static String codeIdentity() {
    return CodeVersion.get() + jarDigest();
  }

  private static synchronized String jarDigest() {
    if (jarDigest == null) {
      jarDigest = "";
      try {
        var source = CodeVersion.class.getProtectionDomain().getCodeSource();
        java.nio.file.Path jar =
            source == null ? null : java.nio.file.Path.of(source.getLocation().toURI());
        if (jar != null && Files.isRegularFile(jar)) {
          try (InputStream in = Files.newInputStream(jar)) {
            jarDigest = " jar sha256:" + InputFingerprint.of("jar", in).sha256();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot hash the code jar", e);
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        jarDigest = "";
      }
    }
    return jarDigest;
  }
}
