package org.tipevidence.jobs.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.tipevidence.jobs.publish.OutputDataset;
import org.tipevidence.jobs.publish.Tier;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.stage.Stage;
import org.tipevidence.jobs.validate.DataQuality;

/**
 * Every input's checked rows, written: {@code observations} (the inputs that carry observations),
 * {@code quarantine} and {@code data_quality} (all inputs).
 */
record WriteRowLevel(DatasetSink sink) implements Stage<List<CheckedInput>, Stored> {
  @Override
  public String name() {
    return "write row-level data";
  }

  @Override
  public Stored apply(List<CheckedInput> inputs) {
    return new Stored(
        List.of(
            sink.store(
                new OutputDataset(
                    "observations",
                    Tier.RESTRICTED,
                    List.of("year"),
                    unionAll(inputs, CheckedInput::observations))),
            sink.store(
                new OutputDataset(
                    "quarantine",
                    Tier.RESTRICTED,
                    List.of(),
                    unionAll(inputs, CheckedInput::quarantine))),
            sink.store(
                new OutputDataset(
                    "data_quality", Tier.PUBLISHED, List.of(), dataQuality(inputs)))));
  }

  /**
   * Every input's data quality rows. The tallies are unioned and counted in one aggregation (one
   * job, not two per input kind); an input that gave only its counts adds them after.
   */
  static Dataset<Row> dataQuality(List<CheckedInput> inputs) {
    Dataset<Row> tallies = unionAll(inputs, CheckedInput::tally);
    Dataset<Row> counted =
        unionAll(
            inputs.stream().filter(in -> in.tally() == null).toList(), CheckedInput::dataQuality);
    if (tallies == null) {
      return counted;
    }
    Dataset<Row> all = DataQuality.counts(tallies);
    return counted == null ? all : all.unionByName(counted, true);
  }

  /** One part of every input that has it (reference-like inputs have no observations). */
  private static Dataset<Row> unionAll(
      List<CheckedInput> inputs, Function<CheckedInput, Dataset<Row>> part) {
    Dataset<Row> all = null;
    for (Dataset<Row> rows : inputs.stream().map(part).filter(Objects::nonNull).toList()) {
      all = all == null ? rows : all.unionByName(rows, true);
    }
    return all;
  }
}
