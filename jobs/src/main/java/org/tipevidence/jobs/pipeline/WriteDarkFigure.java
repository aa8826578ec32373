package org.tipevidence.jobs.pipeline;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.jobs.disclosure.PublishedProtection;
import org.tipevidence.jobs.publish.OutputDataset;
import org.tipevidence.jobs.publish.Tier;
import org.tipevidence.jobs.stage.Stage;

/** The dark figure estimates, protected and written. */
record WriteDarkFigure(SuppressionRule rule, DatasetSink sink)
    implements Stage<Dataset<Row>, Stored> {
  @Override
  public String name() {
    return "write dark figure";
  }

  @Override
  public Stored apply(Dataset<Row> darkFigure) {
    return new Stored(
        List.of(
            sink.store(
                new OutputDataset(
                    "dark_figure",
                    Tier.PUBLISHED,
                    List.of(),
                    PublishedProtection.darkFigure(darkFigure, rule)))));
  }
}
