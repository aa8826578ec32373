package org.tipevidence.jobs.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Times named stages in order and logs "stage n of m" with start, end and duration. */
public final class StageClock {
  private static final Logger LOG = LogManager.getLogger(StageClock.class);

  private final Map<String, Long> millis = new LinkedHashMap<>();
  private final int totalStages;
  private int started;

  public StageClock(int totalStages) {
    this.totalStages = totalStages;
  }

  public <T> T time(String stage, Supplier<T> work) {
    started++;
    LOG.info("stage {} of {}: {} started", started, totalStages, stage);
    long t0 = System.nanoTime();
    T result = work.get();
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
