package org.tipevidence.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tipevidence.jobs.cli.ExitCode;
import org.tipevidence.jobs.cli.UserInputException;

/**
 * The files of an input folder (docs/INPUTS.md), found on the driver by listing directories only;
 * no file content is read here. Paths go through Hadoop's file system API so {@code hdfs://} and
 * object stores work as well as local folders.
 */
public final class InputLayout {
  public static final String PROGRAMMES = "programmes.csv";
  public static final String TARGETS = "targets.csv";
  public static final String POPULATION = "population.csv";
  public static final String MAPPING = "indicator-map.json";
  public static final String EVALUATIONS = "evaluations.csv";
  public static final String SUBMISSIONS = "submissions";
  public static final String NATIONAL = "national";

  private final Path root;
  private final FileSystem fs;

  private InputLayout(Path root, FileSystem fs) {
    this.root = root;
    this.fs = fs;
  }

  public static InputLayout of(String inputDir) {
    try {
      Path root = new Path(inputDir);
      FileSystem fs = root.getFileSystem(new Configuration());
      Path qualified = fs.makeQualified(root);
      if (!fs.isDirectory(qualified)) {
        throw new UserInputException(
            ExitCode.USAGE, "input folder " + inputDir + " does not exist or is not a folder");
      }
      return new InputLayout(qualified, fs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path root() {
    return root;
  }

  public FileSystem fileSystem() {
    return fs;
  }

  public InputFile required(String name) {
    return optional(name)
        .orElseThrow(
            () ->
                new UserInputException(
                    ExitCode.INPUT_REJECTED,
                    "input folder "
                        + root
                        + " has no "
                        + name
                        + " (see docs/INPUTS.md for the layout)"));
  }

  public Optional<InputFile> optional(String relative) {
    Path p = new Path(root, relative);
    try {
      return fs.isFile(p) ? Optional.of(file(p)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CSV and JSON Lines files directly in a sub-folder, sorted by name for stable output. */
  public List<InputFile> tabularFiles(String folder) {
    return filesIn(folder, name -> name.endsWith(".csv") || name.endsWith(".jsonl"));
  }

  /** Files in a sub-folder (recursively) whose name passes the filter, sorted by path. */
  public List<InputFile> filesIn(String folder, java.util.function.Predicate<String> nameFilter) {
    Path dir = folder.isEmpty() ? root : new Path(root, folder);
    List<InputFile> files = new ArrayList<>();
    try {
      if (!fs.isDirectory(dir)) {
        return files;
      }
      collect(dir, nameFilter, files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(Comparator.comparing(InputFile::label));
    return files;
  }

  private void collect(Path dir, java.util.function.Predicate<String> filter, List<InputFile> out)
      throws IOException {
    for (FileStatus status : fs.listStatus(dir)) {
      String name = status.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      if (status.isDirectory()) {
        collect(status.getPath(), filter, out);
      } else if (filter.test(name.toLowerCase(java.util.Locale.ROOT))) {
        out.add(file(status.getPath()));
      }
    }
  }

  private InputFile file(Path p) {
    URI relative = root.toUri().relativize(p.toUri());
    String label = relative.getPath();
    return new InputFile(p.toString(), label, InputFormat.ofFileName(label));
  }

  /** Whether a sub-folder exists (national data adapters are optional). */
  public boolean hasFolder(String relative) {
    try {
      return fs.isDirectory(new Path(root, relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
