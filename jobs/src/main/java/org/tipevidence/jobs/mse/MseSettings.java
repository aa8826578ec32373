package org.tipevidence.jobs.mse;

import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.mse.MseBootstrap;
import org.tipevidence.jobs.cli.ExitCode;
import org.tipevidence.jobs.cli.UserInputException;

/**
 * Bootstrap settings of the dark-figure stage. Read from Spark configuration so they can be set
 * without new CLI options ({@code spark-submit --conf spark.tipevidence.mse.seed=...}, or {@code
 * TIP_EVIDENCE_JAVA_OPTS=-Dspark.tipevidence.mse.seed=...} with the launcher); every dark_figure
 * row records the seed and replicate count it was computed with.
 *
 * @param seed seed of the bootstrap generator streams; replicate i depends only on (seed, i)
 * @param replicates bootstrap replicates per table; 0 skips the bootstrap (no BCa limits)
 */
public record MseSettings(long seed, int replicates) {
  public static final String SEED_KEY = "spark.tipevidence.mse.seed";
  public static final String REPLICATES_KEY = "spark.tipevidence.mse.replicates";
  public static final long DEFAULT_SEED = 20130101L;

  /** More replicates than this would only cost time: BCa limits settle well before. */
  public static final int MAX_REPLICATES = 100_000;

  public MseSettings {
    if (replicates < 0 || replicates > MAX_REPLICATES) {
      throw new UserInputException(
          ExitCode.USAGE,
          REPLICATES_KEY
              + " must be between 0 and "
              + MAX_REPLICATES
              + ", got "
              + replicates
              + " (default "
              + MseBootstrap.DEFAULT_REPLICATES
              + ")");
    }
  }

  public static MseSettings defaults() {
    return new MseSettings(DEFAULT_SEED, MseBootstrap.DEFAULT_REPLICATES);
  }

  public static MseSettings fromConf(SparkSession spark) {
    String seed = spark.conf().get(SEED_KEY, Long.toString(DEFAULT_SEED)).trim();
    String reps =
        spark.conf().get(REPLICATES_KEY, Integer.toString(MseBootstrap.DEFAULT_REPLICATES)).trim();
    try {
      return new MseSettings(Long.parseLong(seed), Integer.parseInt(reps));
    } catch (NumberFormatException e) {
      throw new UserInputException(
          ExitCode.USAGE,
          SEED_KEY
              + " and "
              + REPLICATES_KEY
              + " must be whole numbers, got '"
              + seed
              + "' and '"
              + reps
              + "'");
    }
  }
}
