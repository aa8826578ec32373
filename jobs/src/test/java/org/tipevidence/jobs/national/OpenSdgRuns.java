package org.tipevidence.jobs.national;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.tipevidence.common.catalogue.SdgCatalogue;
import org.tipevidence.common.catalogue.SdgCatalogueLoader;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.stage.CheckedInput;
import org.tipevidence.jobs.testing.SharedSpark;

/** Runs the Open SDG adapter on every data file of a national folder, as the stage does. */
record OpenSdgRuns(List<InputFile> files, CheckedInput checked) {
  static OpenSdgRuns on(Path nationalFolder) {
    SparkSession spark = SharedSpark.get();
    SdgCatalogue catalogue = SdgCatalogueLoader.loadDefault();
    NationalFolder folder = NationalFolder.of(null, nationalFolder.toString());
    List<InputFile> files = folder.openSdgFiles();
    return new OpenSdgRuns(
        files,
        OpenSdgAdapter.run(
            spark, files, folder, catalogue, CatalogueSeries.table(spark, catalogue)));
  }
}
