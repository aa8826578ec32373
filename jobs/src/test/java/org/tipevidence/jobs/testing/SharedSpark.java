package org.tipevidence.jobs.testing;

import org.apache.spark.sql.SparkSession;
import org.tipevidence.jobs.spark.SparkSessions;

/**
 * One local Spark session per test JVM (local[2], UI off, few shuffle partitions, UTC, loopback),
 * shared by every test class: starting Spark costs seconds, so tests never stop it.
 */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("tip-evidence-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "4")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.adaptive.enabled", "true")
              .config(SparkSessions.JVM_CASE_MAPPINGS, "false")
              .config(SparkSessions.HUGE_METHOD_LIMIT, "8000")
              .getOrCreate();
    }
    return session;
  }
}
