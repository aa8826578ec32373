package org.tipevidence.jobs.mse;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.mse.CaptureHistoryTable;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.stage.Stage;
import org.tipevidence.jobs.validate.DataQuality;
import org.tipevidence.jobs.validate.Quarantine;

/**
 * Multiple systems estimation of the dark figure (docs/dark-figure.md): capture-history tables in
 * the MSE folder → {@code dark_figure}, one row per accepted table. Metadata rows and table rows
 * are each accepted or quarantined, with data quality per file like every other input.
 */
public final class DarkFigureStage
    implements Stage<DarkFigureStage.Inputs, DarkFigureStage.Result> {
  private static final Logger LOG = LogManager.getLogger(DarkFigureStage.class);

  /**
   * @param files the MSE folder's tables and metadata file
   * @param population pop_country, pop_year, population (accepted population rows)
   */
  public record Inputs(MseFiles files, Dataset<Row> population) {}

  /**
   * @param darkFigure one row per accepted table
   * @param inputs metadata file (accepted into "reference") and table files (into "dark_figure")
   */
  public record Result(Dataset<Row> darkFigure, List<CheckedInput> inputs) {}

  private final SparkSession spark;
  private final MseSettings settings;

  public DarkFigureStage(SparkSession spark, MseSettings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  @Override
  public String name() {
    return "dark figure (MSE)";
  }

  @Override
  public Result apply(Inputs inputs) {
    MseFiles files = inputs.files();
    LOG.info(
        "MSE: {} table file(s) in {}, metadata {}, bootstrap seed {} with {} replicates",
        files.tables().size(),
        files.folderLabel(),
        files.metadata().map(InputFile::label).orElse("absent"),
        settings.seed(),
        settings.replicates());
    Dataset<Row> metadata = MseMetadata.check(spark, files.metadata(), files.tableNames());
    MseMetadata.Summary described = MseMetadata.summarise(metadata);

    List<ScreenedTable> screened = new ArrayList<>();
    for (InputFile file : files.tables()) {
      screened.add(
          ScreenedTable.screen(
              files.fileSystem(),
              file,
              files.nameOf(file),
              described.accepted(),
              described.rejected()));
    }
    List<ScreenedTable> accepted = screened.stream().filter(ScreenedTable::accepted).toList();
    LOG.info("MSE: {} of {} table(s) accepted", accepted.size(), screened.size());

    Dataset<Row> tableRows = TableRows.of(spark, screened);
    List<CheckedInput> checked =
        List.of(
            DataQuality.input(
                    null,
                    Quarantine.rejected(metadata, "mse_metadata", null),
                    metadata,
                    files.metadata().stream().toList())
                .labelled("mse_metadata", "reference"),
            DataQuality.input(
                    null, Quarantine.rejected(tableRows, "mse", null), tableRows, files.tables())
                .labelled("mse", "dark_figure"));
    return new Result(
        withPopulation(estimates(spark, accepted, settings), inputs.population()), checked);
  }

  /** One row per accepted table, fitted on the executors. */
  static Dataset<Row> estimates(
      SparkSession spark, List<ScreenedTable> accepted, MseSettings settings) {
    List<CaptureHistoryTable> tables = accepted.stream().map(ScreenedTable::table).toList();
    Dataset<Row> values = BootstrapReplicates.compute(spark, tables, settings);
    Dataset<Row> perTable =
        spark
            .range(0, accepted.size(), 1, Math.max(1, Math.min(accepted.size(), 8)))
            .select(col("id").cast("int").as("table"))
            .join(values, new String[] {"table"}, "left")
            .select("table", "replicates", "jackknife");
    return perTable.map(new TableEstimates(accepted, settings), Encoders.row(DarkFigureRow.SCHEMA));
  }

  /**
   * Adds population (the table's country and the first year of its period), the estimate and
   * interval per 100,000, and a {@code no_population} warning where the population is unknown.
   */
  static Dataset<Row> withPopulation(Dataset<Row> estimates, Dataset<Row> population) {
    Dataset<Row> joined =
        estimates.join(
            broadcast(population),
            col("country_iso3")
                .equalTo(population.col("pop_country"))
                .and(col("year").equalTo(population.col("pop_year"))),
            "left");
    Column known = col("population").isNotNull().and(col("population").gt(0));
    List<Column> out = new ArrayList<>();
    for (String name : DarkFigureRow.SCHEMA.fieldNames()) {
      if (name.equals("warnings")) {
        out.add(
            when(known, col(name))
                .otherwise(concat(col(name), array(lit("no_population"))))
                .as(name));
      } else if (name.equals("warning_messages")) {
        out.add(
            when(known, col(name))
                .otherwise(
                    concat(
                        col(name),
                        array(
                            concat(
                                lit("no population for "),
                                col("country_iso3"),
                                lit(" "),
                                col("year").cast("string"),
                                lit(" in population.csv: no rate per 100,000")))))
                .as(name));
      } else {
        out.add(col(name));
      }
    }
    out.add(when(known, col("population").cast("long")).as("population"));
    for (String v : List.of("estimate", "ci_low", "ci_high")) {
      out.add(when(known, col(v).divide(col("population")).multiply(100_000)).as(v + "_per_100k"));
    }
    return joined.select(out.toArray(new Column[0]));
  }
}
