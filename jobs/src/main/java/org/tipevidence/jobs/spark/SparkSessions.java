package org.tipevidence.jobs.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the session. The master is never set here: spark-submit, {@code --master}, or the
 * launcher's {@code -Dspark.master} decide, so the same jar runs locally and on a cluster.
 */
public final class SparkSessions {
  /**
   * upper()/lower() with the JVM's case mappings instead of ICU's: ICU's case tables take seconds
   * of CPU to initialise in every JVM (driver and each executor), and the strings upper-cased here
   * are codes (country, series, frequency), for which both give the same result. A user's own
   * setting (spark-submit --conf, -D) wins.
   */
  public static final String JVM_CASE_MAPPINGS = "spark.sql.icu.caseMappings.enabled";

  /**
   * Whole-stage code generation gives up on a stage whose generated method exceeds this many bytes
   * of bytecode, and runs its operators one by one (each still generated, in small methods).
   * Spark's default (64 KB) lets it keep methods HotSpot never compiles (over 8,000 bytes): the
   * submissions' check stage (parsed records and every row rule in one method) then ran
   * interpreted, a fifth of the tasks' CPU time at 1 M rows. 8,000 is the value Spark's
   * documentation advises on HotSpot. A user's own setting wins.
   */
  public static final String HUGE_METHOD_LIMIT = "spark.sql.codegen.hugeMethodLimit";

  static final String HOTSPOT_HUGE_METHOD = "8000";

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
            .config("spark.ui.showConsoleProgress", "false");
    if (masterOverride != null && !masterOverride.isBlank()) {
      builder.master(masterOverride);
    }
    if (System.getProperty(JVM_CASE_MAPPINGS) == null) {
      builder.config(JVM_CASE_MAPPINGS, "false");
    }
    if (System.getProperty(HUGE_METHOD_LIMIT) == null) {
      builder.config(HUGE_METHOD_LIMIT, HOTSPOT_HUGE_METHOD);
    }
    String master =
        masterOverride != null && !masterOverride.isBlank()
            ? masterOverride
            : System.getProperty("spark.master", "");
    if (master.startsWith("local") && System.getProperty("spark.sql.shuffle.partitions") == null) {
      // Embedded Spark: a few shuffle partitions per core (adaptive execution merges small ones);
      // on a cluster Spark's default (200, coalesced adaptively) fits the executors better.
      int cores = Runtime.getRuntime().availableProcessors();
      builder.config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 4 * cores)));
    }
    return builder.getOrCreate();
  }
}
