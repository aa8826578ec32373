package org.tipevidence.jobs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tipevidence.jobs.mse.MseSettings;
import org.tipevidence.jobs.pipeline.RunJob;
import org.tipevidence.jobs.pipeline.RunOptions;

/**
 * One full run per test JVM on sample-data with the real GLOTIP, Open SDG and UN SDG releases
 * (linked from ../shared/data), shared by the tests that only read its outputs: such a run costs
 * tens of seconds. Empty when shared/data is absent, so callers skip with an assumption. The MSE
 * bootstrap uses {@link SampleRun}'s 200 replicates; no reader of this run checks the dark figure.
 */
public final class NationalRun {
  public static final String[] SOURCES = {"glotip", "opensdg", "un_sdg"};

  private static Path output;
  private static RunJob.Outcome outcome;

  private NationalRun() {}

  /** The output folder, or empty when shared/data (with its glotip folder) is absent. */
  public static synchronized Optional<Path> output() {
    Path shared = Paths.sharedData().orElse(null);
    if (shared == null || !Files.isDirectory(shared.resolve("glotip"))) {
      return Optional.empty();
    }
    if (output == null) {
      try {
        Path dir = Files.createTempDirectory("tip-evidence-national-run");
        LinkedInput linked = LinkedInput.create(dir, shared, SOURCES);
        Path out = dir.resolve("output");
        outcome =
            RunJob.run(
                SharedSpark.get(),
                RunOptions.defaults(linked.input().toString(), out.toString(), SampleRun.RUN_DATE)
                    .withNational(linked.national().toString())
                    .withKeepVersions(1)
                    .withMse(new MseSettings(SampleRun.MSE_SEED, SampleRun.MSE_REPLICATES)));
        output = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.of(output);
  }

  /** The run's outcome; call only when {@link #output()} is present. */
  public static synchronized RunJob.Outcome outcome() {
    return output().map(o -> outcome).orElseThrow();
  }
}
