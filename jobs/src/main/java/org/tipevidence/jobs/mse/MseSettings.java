package org.tipevidence.jobs.mse;

import java.io.Serializable;
import org.tipevidence.common.mse.MseBootstrap;
import org.tipevidence.common.mse.StepwiseSelection;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.UserInputException;

/**
 * Dark-figure settings, run options ({@code --mse-seed}, {@code --mse-replicates}, {@code
 * --mse-stepwise-threshold}, {@code --mse-model-selection}, or the same keys in {@code --config});
 * recorded in the manifest, and every dark_figure row records the seed, replicate count and
 * threshold it was computed with.
 *
 * @param seed seed of the bootstrap generator streams; replicate i depends only on (seed, i)
 * @param replicates bootstrap replicates per table; 0 skips the bootstrap (no BCa limits)
 * @param stepwiseThreshold SparseMSE's stepwise p-value threshold in [0, 1] (default 0.02)
 * @param modelSelection stepwise search, or main effects only (SparseMSE's threshold 0 shortcut)
 */
public record MseSettings(
    long seed, int replicates, double stepwiseThreshold, ModelSelection modelSelection)
    implements Serializable {
  public static final long DEFAULT_SEED = 20130101L;

  /** More replicates than this would only cost time: BCa limits settle well before. */
  public static final int MAX_REPLICATES = 100_000;

  /** How the log-linear model is chosen. */
  public enum ModelSelection {
    /** SparseMSE stepwise: add the pair with the smallest p until none is below the threshold. */
    STEPWISE("stepwise"),
    /** Main effects only (independent lists), SparseMSE's threshold-0 shortcut. */
    MAIN_EFFECTS("main_effects");

    private final String code;

    ModelSelection(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    /** The rule for a code, or null when unknown. */
    public static ModelSelection fromCode(String code) {
      for (ModelSelection m : values()) {
        if (m.code.equals(code)) {
          return m;
        }
      }
      return null;
    }
  }

  public MseSettings {
    if (replicates < 0 || replicates > MAX_REPLICATES) {
      throw new UserInputException(
          ExitCode.USAGE,
          "--mse-replicates must be between 0 and "
              + MAX_REPLICATES
              + ", got "
              + replicates
              + " (default "
              + MseBootstrap.DEFAULT_REPLICATES
              + ")");
    }
    if (!(stepwiseThreshold >= 0 && stepwiseThreshold <= 1)) {
      throw new UserInputException(
          ExitCode.USAGE,
          "--mse-stepwise-threshold must be between 0 and 1, got " + stepwiseThreshold);
    }
    if (modelSelection == null) {
      throw new UserInputException(
          ExitCode.USAGE, "--mse-model-selection is required (stepwise or main_effects)");
    }
  }

  /** Seed and replicate count with the default model selection. */
  public MseSettings(long seed, int replicates) {
    this(seed, replicates, StepwiseSelection.DEFAULT_THRESHOLD, ModelSelection.STEPWISE);
  }

  public static MseSettings defaults() {
    return new MseSettings(DEFAULT_SEED, MseBootstrap.DEFAULT_REPLICATES);
  }

  /** The threshold the search runs with: 0 (main effects) when that rule is chosen. */
  public double effectiveThreshold() {
    return modelSelection == ModelSelection.MAIN_EFFECTS ? 0.0 : stepwiseThreshold;
  }

  /** The rule in words, for the manifest. */
  public String describe() {
    return modelSelection == ModelSelection.MAIN_EFFECTS
        ? "main effects only"
        : "stepwise, threshold " + stepwiseThreshold;
  }
}
