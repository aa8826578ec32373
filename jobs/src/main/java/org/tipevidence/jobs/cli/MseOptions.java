package org.tipevidence.jobs.cli;

import org.tipevidence.jobs.mse.MseSettings;
import picocli.CommandLine.Option;

/** How {@code run} and {@code validate} estimate dark figures (docs/mse.md). */
public final class MseOptions {
  @Option(
      names = "--mse-seed",
      defaultValue = "20130101",
      description = "Seed of the dark-figure bootstrap. Default: ${DEFAULT-VALUE}.")
  long mseSeed;

  @Option(
      names = "--mse-replicates",
      defaultValue = "1000",
      converter = OptionConverters.Replicates.class,
      description =
          "Bootstrap replicates per table; 0 switches the bootstrap off. Default: ${DEFAULT-VALUE}.")
  int mseReplicates;

  @Option(
      names = "--mse-stepwise-threshold",
      defaultValue = "0.02",
      converter = OptionConverters.Probability.class,
      description = "SparseMSE stepwise p-value threshold in [0, 1]. Default: ${DEFAULT-VALUE}.")
  double mseStepwiseThreshold;

  @Option(
      names = "--mse-model-selection",
      defaultValue = "stepwise",
      converter = OptionConverters.ModelSelection.class,
      description =
          "Dark-figure model selection: stepwise or main_effects. Default: ${DEFAULT-VALUE}.")
  MseSettings.ModelSelection mseModelSelection;

  MseSettings settings() {
    return new MseSettings(mseSeed, mseReplicates, mseStepwiseThreshold, mseModelSelection);
  }
}
