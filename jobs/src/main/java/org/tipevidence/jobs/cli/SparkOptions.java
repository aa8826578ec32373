package org.tipevidence.jobs.cli;

import picocli.CommandLine.Option;

/** Options shared by commands that start Spark. */
public final class SparkOptions {
  @Option(
      names = "--master",
      description =
          "Spark master URL (e.g. local[*], spark://host:7077). Default: what spark-submit or"
              + " SPARK_MASTER says; bin/tip-evidence uses local[*].")
  String master;
}
