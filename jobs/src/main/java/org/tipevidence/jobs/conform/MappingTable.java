package org.tipevidence.jobs.conform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgTarget;
import org.tipevidence.common.catalogue.mapping.IndicatorMapping;
import org.tipevidence.common.catalogue.mapping.IndicatorMappingLoader;
import org.tipevidence.common.catalogue.mapping.MappedIndicator;
import org.tipevidence.common.catalogue.mapping.MappedProgress;
import org.tipevidence.common.catalogue.mapping.MappingLoadResult;
import org.tipevidence.common.catalogue.mapping.MappingPrinter;
import org.tipevidence.common.progress.ProgressThresholds;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.UserInputException;

/**
 * The indicator mapping, checked against the catalogue, as a small broadcastable table (m_*
 * columns). A mapping with any problem stops the run before any data is read (exit 2), listing
 * every problem with its JSON path, because a wrong mapping would mislabel every figure.
 */
public final class MappingTable {
  public static final StructType SCHEMA =
      new StructType()
          .add("m_local_code", DataTypes.StringType, false)
          .add("m_name", DataTypes.StringType, true)
          .add("m_sdg_target", DataTypes.StringType, false)
          .add("m_sdg_indicator", DataTypes.StringType, false)
          .add("m_series_code", DataTypes.StringType, false)
          .add("m_unit", DataTypes.StringType, false)
          .add("m_direction", DataTypes.StringType, false)
          .add("m_aggregation", DataTypes.StringType, false)
          .add("m_crime_type", DataTypes.StringType, false)
          .add("m_scaling", DataTypes.StringType, false)
          .add("m_person_count", DataTypes.BooleanType, false)
          // Optional progress settings (docs/progress.md); null = the run's default.
          .add("m_natural_limit", DataTypes.DoubleType, true)
          .add("m_threshold_high", DataTypes.DoubleType, true)
          .add("m_threshold_med", DataTypes.DoubleType, true)
          .add("m_threshold_low", DataTypes.DoubleType, true)
          .add("m_base_year", DataTypes.IntegerType, true);

  private MappingTable() {}

  /** Reads and checks the mapping file; throws a user error listing every problem. */
  public static IndicatorMapping load(
      FileSystem fs, Path mappingFile, String label, SdgCatalogue catalogue) {
    String json;
    try (InputStream in = fs.open(mappingFile)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + mappingFile, e);
    }
    MappingLoadResult result = IndicatorMappingLoader.parse(json, label, catalogue);
    if (!result.ok()) {
      throw new UserInputException(
          ExitCode.USAGE,
          "the indicator mapping has "
              + result.problems().size()
              + " problem(s):\n"
              + MappingPrinter.renderProblems(result.problems()));
    }
    return result.mapping();
  }

  /** Reads and checks the input folder's indicator-map.json (required). */
  public static IndicatorMapping load(
      org.tipevidence.jobs.ingest.InputLayout layout, SdgCatalogue catalogue) {
    org.tipevidence.jobs.ingest.InputFile file =
        layout.required(org.tipevidence.jobs.ingest.InputLayout.MAPPING);
    return load(layout.fileSystem(), new Path(file.path()), file.label(), catalogue);
  }

  public static Dataset<Row> toDataset(
      SparkSession spark, IndicatorMapping mapping, SdgCatalogue catalogue) {
    List<Row> rows = new ArrayList<>();
    for (MappedIndicator m : mapping.indicators()) {
      MappedProgress p = m.progress();
      ProgressThresholds th = p.thresholds() == null ? ProgressThresholds.DEFAULTS : p.thresholds();
      String target = catalogue.targetOf(m.sdgIndicator()).map(SdgTarget::code).orElseThrow();
      rows.add(
          RowFactory.create(
              m.localCode(),
              m.name(),
              target,
              m.sdgIndicator(),
              m.seriesCode(),
              m.unit().name(),
              m.direction().json(),
              m.aggregation().json(),
              m.crimeType().name(),
              m.scaling().json(),
              m.personCount(),
              p.naturalLimit(),
              th.high(),
              th.med(),
              th.low(),
              p.baseYear()));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }
}
