package org.tipevidence.jobs.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.pipeline.Pipeline;
import org.tipevidence.jobs.pipeline.RunParameters;
import org.tipevidence.jobs.pipeline.StageClock;
import org.tipevidence.jobs.publish.OutputDataset;

/** Plans the real pipeline over an input folder, as validate does, without writing anything. */
public final class PipelineBuild {
  private PipelineBuild() {}

  /** Output datasets by name. */
  public static Map<String, Dataset<Row>> outputs(Path input) {
    RunParameters params =
        new RunParameters(
            input.toString(), null, null, LocalDate.of(2026, 1, 1), "open_sdg", 2015, 1, 5);
    return new Pipeline(SharedSpark.get(), params, new StageClock(Pipeline.STAGES))
        .build(InputLayout.of(input.toString())).stream()
            .collect(Collectors.toMap(OutputDataset::name, OutputDataset::data));
  }
}
