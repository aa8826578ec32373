package org.tipevidence.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.common.catalogue.mapping.IndicatorMapping;
import org.tipevidence.common.iati.IatiIndicatorIndex;
import org.tipevidence.jobs.conform.MappingTable;
import org.tipevidence.jobs.ingest.dhis2.Dhis2MappingFile;
import org.tipevidence.jobs.pipeline.CachingSink;
import org.tipevidence.jobs.pipeline.CheckedRowsReuse;
import org.tipevidence.jobs.pipeline.ReferenceStage;
import org.tipevidence.jobs.pipeline.ReferenceTables;
import org.tipevidence.jobs.pipeline.SubmissionStage;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.Fixtures;
import org.tipevidence.jobs.testing.SharedSpark;

/** Input folders made of the submission files in src/test/resources, and checks on their runs. */
final class SubmissionFixtures {
  private SubmissionFixtures() {}

  /**
   * The standard reference files, {@code dhis2/dhis2-map.json} and the given resources (e.g. {@code
   * iati/same.xml}) in submissions/ under their own names.
   */
  static Path folder(Path dir, String... resources) {
    Fixtures.inputFolder(dir);
    copy("dhis2/dhis2-map.json", dir.resolve("dhis2-map.json"));
    for (String r : resources) {
      copy(r, dir.resolve("submissions").resolve(Path.of(r).getFileName().toString()));
    }
    return dir;
  }

  static void copy(String resource, Path to) {
    try (InputStream in = SubmissionFixtures.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      Files.copy(in, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The submission stage as {@link org.tipevidence.jobs.pipeline.Pipeline} runs it (reference
   * tables, indicator and DHIS2 mappings, catalogue) without the later stages, which cost most of a
   * full build (the progress tables alone half a minute): for checks of what the readers accept and
   * quarantine. Outputs observations, quarantine and data_quality.
   */
  static Map<String, Dataset<Row>> submissions(Path input) {
    SparkSession spark = SharedSpark.get();
    InputLayout layout = InputLayout.of(input.toString());
    SdgCatalogue catalogue = SdgCatalogueLoader.loadDefault();
    IndicatorMapping mapping = MappingTable.load(layout, catalogue);
    ReferenceTables reference =
        new ReferenceStage(spark, catalogue).apply(new ReferenceStage.Inputs(layout, mapping));
    List<InputFile> files = layout.tabularFiles(InputLayout.SUBMISSIONS);
    CheckedInput checked =
        new SubmissionStage(spark, new CachingSink(), CheckedRowsReuse.none())
            .apply(
                new SubmissionStage.Inputs(
                    files,
                    new SubmissionFormats(
                        Dhis2MappingFile.load(layout, files, mapping),
                        new IatiIndicatorIndex(mapping, catalogue)),
                    reference.data()));
    return Map.of(
        "observations", checked.observations(),
        "quarantine", checked.quarantine(),
        "data_quality", checked.dataQuality());
  }

  /** The rows as sorted text, for comparisons whose failure message shows the difference. */
  static List<String> rows(Dataset<Row> data) {
    return data.collectAsList().stream().map(Row::toString).sorted().toList();
  }

  /**
   * Per submission file: rows read as expected, read = accepted + quarantined in data_quality, and
   * the same counts in the observations and quarantine themselves.
   */
  static void assertConserved(Map<String, Dataset<Row>> run, Map<String, Long> expectedRead) {
    Map<String, Long> observed = countsByFile(run.get("observations"));
    Map<String, Long> quarantined = countsByFile(run.get("quarantine"));
    Map<String, Long> read = new TreeMap<>();
    for (Row r :
        run.get("data_quality")
            // An IATI file's targets (file.xml#targets) feed the targets table, not observations.
            .where(col("source_file").startsWith("submissions/"))
            .where(not(col("source_file").contains("#")))
            .select("source_file", "rows_read", "rows_accepted", "rows_quarantined")
            .collectAsList()) {
      String file = r.getString(0);
      read.put(file, r.getLong(1));
      assertEquals(r.getLong(1), r.getLong(2) + r.getLong(3), file);
      assertEquals(r.getLong(2), observed.getOrDefault(file, 0L), file + ": accepted");
      assertEquals(r.getLong(3), quarantined.getOrDefault(file, 0L), file + ": quarantined");
    }
    assertEquals(new TreeMap<>(expectedRead), read);
  }

  /** Rows per source file, in one job. */
  static Map<String, Long> countsByFile(Dataset<Row> data) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row r : data.groupBy("source_file").count().collectAsList()) {
      counts.put(r.getString(0), r.getLong(1));
    }
    return counts;
  }
}
