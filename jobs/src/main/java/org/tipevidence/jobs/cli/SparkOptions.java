package org.tipevidence.jobs.cli;

import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.jobs.spark.SparkSessions;
import picocli.CommandLine.Option;

/** Options shared by commands that start Spark, and the session they run in. */
public final class SparkOptions {
  @Option(
      names = "--master",
      description =
          "Spark master URL (e.g. local[*], spark://host:7077). Default: what spark-submit or"
              + " SPARK_MASTER says; bin/tip-evidence uses local[*].")
  String master;

  /**
   * Runs {@code body} in a session named {@code appName}; stops it afterwards only when this
   * command started it (tests and notebooks share theirs).
   */
  <T> T inSession(String appName, Function<SparkSession, T> body) {
    boolean ownsSpark = SparkSessions.noSessionYet();
    SparkSession spark = SparkSessions.create(appName, master);
    try {
      return body.apply(spark);
    } finally {
      if (ownsSpark) {
        spark.stop();
      }
    }
  }
}
