package org.tipevidence.jobs.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.tipevidence.common.disclosure.SuppressionRule;
import org.tipevidence.common.validation.ReasonCode;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.ingest.IgnoredFiles;
import org.tipevidence.jobs.ingest.InputLayout;
import org.tipevidence.jobs.ingest.InputLimits;
import org.tipevidence.jobs.pipeline.Pipeline;
import org.tipevidence.jobs.pipeline.RunOptions;
import org.tipevidence.jobs.pipeline.StageClock;
import org.tipevidence.jobs.publish.OutputDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code validate}: the same checks as {@code run}, printed for people; writes nothing. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check an input folder and print every problem as file:line: column: reason (fix),",
      "grouped by reason with counts. Writes nothing. Exit 1 when any row must be fixed."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Mixin InputFolderOption input;

  @Option(
      names = "--max-per-reason",
      defaultValue = "50",
      description = "Problems listed per reason (all are counted). Default: ${DEFAULT-VALUE}.")
  int maxPerReason;

  @Mixin MethodOptions methods;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    return sparkOptions.inSession("tip-evidence validate", this::validate);
  }

  private int validate(SparkSession spark) {
    try {
      // The same method options as run, so validate checks what run would (progress method,
      // pooling, ...); keep-versions and the disclosure threshold do not apply to a dry run.
      RunOptions options =
          methods.toRunOptions(
              input.input,
              null,
              RunOptions.DEFAULT_KEEP_VERSIONS,
              SuppressionRule.DEFAULT_THRESHOLD);
      InputLayout layout = InputLayout.of(input.input);
      List<OutputDataset> outputs =
          new Pipeline(spark, options, new StageClock(Pipeline.STAGES)).build(layout);
      IgnoredFiles.print(layout, System.out);
      Dataset<Row> quarantine =
          outputs.stream()
              .filter(d -> d.name().equals("quarantine"))
              .findFirst()
              .orElseThrow()
              .data();
      return report(quarantine, System.out);
    } finally {
      InputLimits.use(null);
    }
  }

  private int report(Dataset<Row> quarantine, PrintStream out) {
    // Counts per reason are small; listed problems are capped per reason, so the driver never
    // holds more than max-per-reason rows per code.
    List<Row> counts =
        quarantine.groupBy("reason_code").count().orderBy(col("count").desc()).collectAsList();
    List<Row> listed =
        quarantine
            .withColumn(
                "_n",
                row_number()
                    .over(
                        Window.partitionBy("reason_code")
                            .orderBy(col("source_file"), col("source_line"))))
            .where(col("_n").leq(maxPerReason))
            .orderBy("reason_code", "source_file", "source_line")
            .select("reason_code", "source_file", "source_line", "column", "reason")
            .collectAsList();
    long errors = 0;
    long total = 0;
    for (Row count : counts) {
      String code = count.getString(0);
      long n = count.getLong(1);
      total += n;
      boolean error = ReasonCode.fromCode(code).map(ReasonCode::isError).orElse(true);
      if (error) {
        errors += n;
      }
      out.printf("%n%s %s: %d row(s)%n", error ? "ERROR" : "INFO ", code, n);
      long shown = 0;
      for (Row row : listed) {
        if (row.getString(0).equals(code)) {
          shown++;
          String column = row.isNullAt(3) || row.getString(3).isEmpty() ? "-" : row.getString(3);
          out.printf(
              "  %s:%d: %s: %s%n", row.getString(1), row.getLong(2), column, row.getString(4));
        }
      }
      if (shown < n) {
        out.printf("  ... and %d more%n", n - shown);
      }
    }
    out.printf(
        "%n%d problem row(s): %d to fix, %d informational. %s%n",
        total, errors, total - errors, errors > 0 ? "Validation FAILED." : "Validation passed.");
    return errors > 0 ? ExitCode.INPUT_REJECTED : ExitCode.OK;
  }
}
