package org.tipevidence.jobs.cli;

import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.jobs.pipeline.RunJob;
import org.tipevidence.jobs.publish.OutputStore;
import org.tipevidence.jobs.publish.Publisher;

/**
 * Run in a child JVM with a small heap by {@link FatalFailureTest}: a Spark task runs out of
 * memory, as a 50 MB record once did, so Spark's own handler exits the JVM.
 */
public final class OomProbe {
  /** Exit code when the probe failed to provoke an OutOfMemoryError. */
  static final int NO_OUT_OF_MEMORY = 97;

  private OomProbe() {}

  /**
   * @param args optional: an output folder; the probe then stages a run there (a file under its
   *     staging folder) registered as {@link RunJob} registers a run, before the task fails
   */
  public static void main(String[] args) {
    FatalTaskExit.install();
    if (args.length > 0) {
      OutputStore store = new OutputStore(args[0]);
      String runId = Publisher.newRunId();
      Path staging = new Path(new Publisher(store).stagingDir(runId), "restricted");
      java.io.File folder = new java.io.File(staging.toUri());
      if (!folder.mkdirs() || !store.createExclusive(new Path(staging, "rows.txt"), "rows")) {
        System.exit(NO_OUT_OF_MEMORY + 1);
      }
      RunJob.stagingRemovedOnFatalExit(store, runId);
    }
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark
        .createDataset(List.of(1), Encoders.INT())
        .map(
            (org.apache.spark.api.java.function.MapFunction<Integer, Integer>)
                i -> {
                  List<long[]> hog = new java.util.ArrayList<>();
                  while (true) {
                    hog.add(new long[1 << 24]);
                  }
                },
            Encoders.INT())
        .count();
    // Reaching here means no task ran out of memory: a code the test never expects (not 0, not 3).
    System.exit(NO_OUT_OF_MEMORY);
  }
}
