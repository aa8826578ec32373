package org.tipevidence.jobs.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.jobs.spark.JobLabels;
import org.tipevidence.jobs.stage.Stage;

/**
 * Times named stages in order and logs "stage n of m" with start, end and duration. With a session,
 * every Spark job a stage starts carries the stage's name as its job group.
 */
public final class StageClock {
  private static final Logger LOG = LogManager.getLogger(StageClock.class);

  private final Map<String, Long> millis = new LinkedHashMap<>();
  private final int totalStages;
  private final SparkSession spark;
  private int started;

  public StageClock(int totalStages) {
    this(totalStages, null);
  }

  public StageClock(int totalStages, SparkSession spark) {
    this.totalStages = totalStages;
    this.spark = spark;
  }

  /** Applies {@code stage} to {@code inputs}, timed and labelled with the stage's name. */
  public <I, R> R run(Stage<I, R> stage, I inputs) {
    return time(stage.name(), () -> stage.apply(inputs));
  }

  public <T> T time(String stage, Supplier<T> work) {
    started++;
    LOG.info("stage {} of {}: {} started", started, totalStages, stage);
    long t0 = System.nanoTime();
    T result = spark == null ? work.get() : JobLabels.inStage(spark, stage, work);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    millis.put(stage, ms);
    LOG.info("stage {} of {}: {} finished in {} ms", started, totalStages, stage, ms);
    return result;
  }

  public void time(String stage, Runnable work) {
    time(
        stage,
        () -> {
          work.run();
          return null;
        });
  }

  public Map<String, Long> timings() {
    return Map.copyOf(millis);
  }

  public Map<String, Long> orderedTimings() {
    return new LinkedHashMap<>(millis);
  }
}
