package org.tipevidence.common.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The status code list as JSON, so readers outside Java (the notebooks) take codes, labels and
 * order from {@link ProgressStatus} instead of a copy. The build writes it into the jar ({@link
 * #RESOURCE}, by {@link #main} at {@code process-classes}); every run publishes it beside the data.
 */
public final class StatusCodesFile {
  /** Classpath name of the file the build writes. */
  public static final String RESOURCE = "status-codes.json";

  private StatusCodesFile() {}

  /** {@code {"status_codes": [{code, label, order, verdict}, ...]}}, best to worst. */
  public static String json() {
    List<Map<String, Object>> codes = new ArrayList<>();
    for (ProgressStatus s : ProgressStatus.values()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("code", s.code());
      entry.put("label", s.label());
      entry.put("order", s.ordinal() + 1);
      entry.put("verdict", s.isAssessed());
      codes.add(entry);
    }
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("source", ProgressStatus.class.getName());
    file.put("status_codes", codes);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(file)
          + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file as the build wrote it into the jar (fails if the build step did not run). */
  public static String fromClasspath() {
    try (InputStream in = StatusCodesFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is not on the classpath: build with mvn (process-classes writes it)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Build step: writes {@link #json()} to {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.writeString(target, json(), StandardCharsets.UTF_8);
  }
}
