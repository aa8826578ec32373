package org.tipevidence.jobs.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.pipeline.Pipeline;
import org.tipevidence.jobs.pipeline.RunOptions;
import org.tipevidence.jobs.pipeline.StageClock;
import org.tipevidence.jobs.publish.OutputDataset;

/** Plans the real pipeline over an input folder, as validate does, without writing anything. */
public final class PipelineBuild {
  private PipelineBuild() {}

  /** Output datasets by name. */
  public static Map<String, Dataset<Row>> outputs(Path input) {
    RunOptions params = RunOptions.defaults(input.toString(), null, LocalDate.of(2026, 1, 1));
    return new Pipeline(SharedSpark.get(), params, new StageClock(Pipeline.STAGES))
        .build(InputLayout.of(input.toString())).stream()
            .collect(Collectors.toMap(OutputDataset::name, OutputDataset::data));
  }
}
