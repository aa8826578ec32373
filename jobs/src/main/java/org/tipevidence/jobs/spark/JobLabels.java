package org.tipevidence.jobs.spark;

import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Labels the Spark jobs a piece of work starts (job group = pipeline stage, description = what it
 * computes or writes), so the event log and the Spark UI say where time goes. Labels are
 * thread-local properties; the previous ones are restored afterwards.
 */
public final class JobLabels {
  private static final String GROUP = "spark.jobGroup.id";
  private static final String DESCRIPTION = "spark.job.description";

  private JobLabels() {}

  /** Runs {@code work} with every job it starts in group {@code stage}. */
  public static <T> T inStage(SparkSession spark, String stage, Supplier<T> work) {
    SparkContext context = spark.sparkContext();
    return with(context, GROUP, stage, () -> with(context, DESCRIPTION, stage, work));
  }

  /** Runs {@code work} with every job it starts described as {@code description}. */
  public static void during(SparkSession spark, String description, Runnable work) {
    with(
        spark.sparkContext(),
        DESCRIPTION,
        description,
        () -> {
          work.run();
          return null;
        });
  }

  private static <T> T with(SparkContext context, String key, String value, Supplier<T> work) {
    String previous = context.getLocalProperty(key);
    context.setLocalProperty(key, value);
    try {
      return work.get();
    } finally {
      context.setLocalProperty(key, previous);
    }
  }
}
