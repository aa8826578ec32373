package org.tipevidence.jobs.mse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.tipevidence.jobs.ingest.InputFile;
import org.tipevidence.jobs.ingest.InputLayout;

/**
 * The capture-history folder: {@code INPUT/national/mse/}, or {@code NATIONAL/mse/} when a national
 * folder is given. Every {@code *.csv} in it is a table except the metadata file {@code
 * mse-tables.csv}. Found by listing only.
 *
 * @param fileSystem file system of the folder (tables are read on the driver through it)
 * @param folderLabel label prefix of files in the folder ("national/mse/" or "mse/")
 * @param tables table files, sorted by label
 * @param metadata the metadata file, when present
 */
public record MseFiles(
    FileSystem fileSystem,
    String folderLabel,
    List<InputFile> tables,
    Optional<InputFile> metadata) {

  public static final String FOLDER = "mse";
  public static final String METADATA = "mse-tables.csv";

  /** Files of the MSE folder; empty lists when there is none (MSE input is optional). */
  public static MseFiles find(InputLayout input, String nationalDir) {
    InputLayout layout =
        nationalDir == null || nationalDir.isBlank() ? input : InputLayout.of(nationalDir);
    String folder =
        nationalDir == null || nationalDir.isBlank() ? InputLayout.NATIONAL + "/" + FOLDER : FOLDER;
    List<InputFile> tables = new ArrayList<>();
    Optional<InputFile> metadata = Optional.empty();
    for (InputFile file : layout.filesIn(folder, name -> name.endsWith(".csv"))) {
      if (file.label().equals(folder + "/" + METADATA)) {
        metadata = Optional.of(file);
      } else {
        tables.add(file);
      }
    }
    return new MseFiles(layout.fileSystem(), folder + "/", List.copyOf(tables), metadata);
  }

  /** A table's name as the metadata file refers to it: its path inside the MSE folder. */
  public String nameOf(InputFile table) {
    return table.label().substring(folderLabel.length());
  }

  public List<String> tableNames() {
    return tables.stream().map(this::nameOf).toList();
  }
}
