package org.tipevidence.jobs.national;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.stage.Stage;

/**
 * The national data adapters (docs/national-data.md): each sub-folder of the national folder that
 * holds files gives one checked input, labelled with its source and {@code observations}.
 */
public final class NationalStage implements Stage<NationalStage.Inputs, List<CheckedInput>> {
  /**
   * @param inputRoot the input folder (the national folder's default parent)
   * @param nationalDir the national folder when given apart from the input, else null
   * @param ignore receives each file under the national folder that no adapter reads, with why (for
   *     the run manifest's {@code ignored_files} and validate's report)
   */
  public record Inputs(Path inputRoot, String nationalDir, BiConsumer<String, String> ignore) {}

  private final SparkSession spark;
  private final SdgCatalogue catalogue;

  public NationalStage(SparkSession spark, SdgCatalogue catalogue) {
    this.spark = spark;
    this.catalogue = catalogue;
  }

  @Override
  public String name() {
    return "national data";
  }

  /** One checked input per national source that has files. */
  @Override
  public List<CheckedInput> apply(Inputs inputs) {
    NationalFolder folder = NationalFolder.of(inputs.inputRoot(), inputs.nationalDir());
    Dataset<Row> series = CatalogueSeries.table(spark, catalogue);
    List<CheckedInput> out = new ArrayList<>();
    Set<String> read = new HashSet<>();
    List<InputFile> glotip = folder.glotipFiles();
    if (!glotip.isEmpty()) {
      out.add(GlotipAdapter.run(spark, glotip, series).labelled("glotip", "observations"));
    }
    List<InputFile> openSdg = folder.openSdgFiles();
    if (!openSdg.isEmpty()) {
      out.add(
          OpenSdgAdapter.run(spark, openSdg, folder, catalogue, series)
              .labelled("opensdg", "observations"));
    }
    List<InputFile> unSdg = folder.unSdgFiles();
    if (!unSdg.isEmpty()) {
      out.add(UnSdgAdapter.run(spark, unSdg, series).labelled("un_sdg", "observations"));
    }
    List<InputFile> sdmx = folder.sdmxFiles();
    if (!sdmx.isEmpty()) {
      out.add(SdmxAdapter.run(spark, sdmx, series).labelled("sdmx", "observations"));
    }
    for (List<InputFile> files : List.of(glotip, openSdg, unSdg, sdmx)) {
      files.forEach(f -> read.add(f.label()));
    }
    folder.unread(read).forEach(f -> inputs.ignore().accept(f.path(), f.reason()));
    return out;
  }
}
