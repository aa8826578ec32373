package org.tipevidence.jobs.pipeline;

import java.util.List;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.disclosure.PublishedProtection;
import org.tipevidence.jobs.progress.ProgressStage;
import org.tipevidence.jobs.publish.OutputDataset;
import org.tipevidence.jobs.publish.Tier;
import org.tipevidence.jobs.stage.Stage;

/**
 * The progress stage with its outputs protected and written, timed as one stage ("progress"):
 * series_values first, then series_progress, which inherits the suppression of the stored values.
 */
record WriteProgress(ProgressStage progress, SuppressionRule rule, DatasetSink sink)
    implements Stage<ProgressStage.Inputs, Stored> {
  @Override
  public String name() {
    return progress.name();
  }

  @Override
  public Stored apply(ProgressStage.Inputs inputs) {
    ProgressStage.Outputs out = progress.apply(inputs);
    OutputDataset seriesValues =
        sink.store(
            new OutputDataset(
                "series_values",
                Tier.PUBLISHED,
                List.of(),
                PublishedProtection.seriesValues(out.seriesValues(), rule)));
    OutputDataset seriesProgress =
        sink.store(
            new OutputDataset(
                "series_progress",
                Tier.PUBLISHED,
                List.of(),
                PublishedProtection.seriesProgress(
                    out.seriesProgress(), seriesValues.data(), rule)));
    OutputDataset targetProgress =
        sink.store(
            new OutputDataset("target_progress", Tier.PUBLISHED, List.of(), out.targetProgress()));
    OutputDataset scorecard =
        sink.store(
            new OutputDataset(
                "programme_scorecard", Tier.PUBLISHED, List.of(), out.programmeScorecard()));
    out.release();
    return new Stored(List.of(seriesValues, seriesProgress, targetProgress, scorecard));
  }
}
