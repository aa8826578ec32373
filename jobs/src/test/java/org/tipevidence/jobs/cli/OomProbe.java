package org.tipevidence.jobs.cli;

import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Run in a child JVM with a small heap by {@link FatalFailureTest}: a Spark task runs out of
 * memory, as a 50 MB record once did, so Spark's own handler exits the JVM.
 */
public final class OomProbe {
  /** Exit code when the probe failed to provoke an OutOfMemoryError. */
  static final int NO_OUT_OF_MEMORY = 97;

  private OomProbe() {}

  public static void main(String[] args) {
    FatalTaskExit.install();
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
