package org.tipevidence.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tipevidence.jobs.failure.ExitCode;
import org.tipevidence.jobs.failure.UserInputException;

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
  public static final String DHIS2_MAP = "dhis2-map.json";
  public static final String SUBMISSIONS = "submissions";
  public static final String NATIONAL = "national";

  private static final java.util.Set<String> ROOT_FILES =
      java.util.Set.of(PROGRAMMES, TARGETS, POPULATION, MAPPING, EVALUATIONS, DHIS2_MAP);

  private final Path root;
  private final FileSystem fs;
  private final java.util.Map<String, IgnoredFile> ignored = new java.util.TreeMap<>();

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
      String outside = LinkGuard.outsideReason(root, fs.makeQualified(p));
      if (outside != null) {
        ignore(relative, outside);
        return Optional.empty();
      }
      return fs.isFile(p) ? Optional.of(file(p)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * CSV and JSON Lines files in a sub-folder (recursively), sorted by name for stable output. Names
   * starting with {@code _} are read like any other; every other file is recorded as ignored.
   */
  public List<InputFile> tabularFiles(String folder) {
    List<InputFile> all = filesIn(folder, name -> true);
    List<InputFile> read = new ArrayList<>();
    for (InputFile f : all) {
      String reason = IgnoredFile.reasonForTabular(new Path(f.path()).getName());
      if (reason == null) {
        read.add(f);
      } else {
        ignore(f.label(), reason);
      }
    }
    return read;
  }

  /**
   * Files in a sub-folder (recursively) whose name passes the filter, sorted by path. Hidden files
   * and folders (name starting with {@code .}) are never read and are recorded as ignored.
   */
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
      String outside = LinkGuard.outsideReason(root, status.getPath());
      if (outside != null) {
        ignore(label(status.getPath()), outside);
      } else if (name.startsWith(".")) {
        ignore(
            label(status.getPath()),
            (status.isDirectory() ? "hidden folder" : "hidden file")
                + " (name starts with '.'), not read; rename it without the leading '.' if it"
                + " holds data");
      } else if (status.isDirectory()) {
        collect(status.getPath(), filter, out);
      } else if (filter.test(name.toLowerCase(java.util.Locale.ROOT))) {
        out.add(file(status.getPath()));
      }
    }
  }

  /** Records a file no reader will read (kept once per path; the last reason given wins). */
  public void ignore(String label, String reason) {
    ignored.put(label, new IgnoredFile(label, reason));
  }

  /**
   * Every file found so far that is not read, with why, sorted by path; includes files at the top
   * of the input folder whose name is not one of the documented inputs.
   */
  public List<IgnoredFile> ignoredFiles() {
    try {
      for (FileStatus status : fs.listStatus(root)) {
        String name = status.getPath().getName();
        if (status.isFile() && !name.startsWith(".") && !ROOT_FILES.contains(name)) {
          ignore(
              label(status.getPath()),
              "not an input file name (expected "
                  + new java.util.TreeSet<>(ROOT_FILES)
                  + " at the top of the input folder; see docs/INPUTS.md), not read");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(ignored.values());
  }

  private String label(Path p) {
    return root.toUri().relativize(p.toUri()).getPath();
  }

  private InputFile file(Path p) {
    String label = label(p);
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
