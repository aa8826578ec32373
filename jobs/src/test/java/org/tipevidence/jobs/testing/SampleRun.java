package org.tipevidence.jobs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.jobs.mse.MseSettings;
import org.tipevidence.jobs.pipeline.RunJob;
import org.tipevidence.jobs.pipeline.RunOptions;

/**
 * One full {@code run} on sample-data per test JVM, shared by every test that only reads its
 * outputs (a full run costs tens of seconds; CI runs many test classes). The MSE bootstrap uses 200
 * replicates here; the UK reference test runs the full 1000.
 */
public final class SampleRun {
  public static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 28);
  public static final int MSE_REPLICATES = 200;
  public static final long MSE_SEED = 42;

  private static Path output;
  private static RunJob.Outcome outcome;

  private SampleRun() {}

  public static synchronized Path output() {
    if (output == null) {
      SparkSession spark = SharedSpark.get();
      try {
        output = Files.createTempDirectory("tip-evidence-sample-run");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      outcome =
          RunJob.run(
              spark,
              RunOptions.defaults(Paths.sampleData().toString(), output.toString(), RUN_DATE)
                  .withKeepVersions(2)
                  .withMse(new MseSettings(MSE_SEED, MSE_REPLICATES)));
    }
    return output;
  }

  public static synchronized RunJob.Outcome outcome() {
    output();
    return outcome;
  }
}
