package org.tipevidence.jobs.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the session. The master is never set here: spark-submit, {@code --master}, or the
 * launcher's {@code -Dspark.master} decide, so the same jar runs locally and on a cluster.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * True when no session exists in this JVM yet. A command stops only a session it created, so a
   * test (or notebook-style embedding) that shares one session keeps it.
   */
  public static boolean noSessionYet() {
    return SparkSession.getDefaultSession().isEmpty();
  }

  public static SparkSession create(String appName, String masterOverride) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName(appName)
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.sources.partitionOverwriteMode", "static")
            .config("spark.sql.parquet.compression.codec", "snappy")
            // Small dimension tables are broadcast explicitly; keep adaptive execution for the
            // rest.
            .config("spark.sql.adaptive.enabled", "true")
            .config("spark.ui.showConsoleProgress", "false");
    if (masterOverride != null && !masterOverride.isBlank()) {
      builder.master(masterOverride);
    }
    if (System.getProperty("spark.sql.shuffle.partitions") == null) {
      builder.config("spark.sql.shuffle.partitions", "8");
    }
    return builder.getOrCreate();
  }
}
